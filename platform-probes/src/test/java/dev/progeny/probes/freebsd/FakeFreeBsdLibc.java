package dev.progeny.probes.freebsd;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.LongByReference;
import dev.progeny.probes.posix.RecordingSpawnLibc;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A FreeBSD libc played by Java: sysctl answers from byte buffers the way sys/kern/kern_proc.c
 * does (size query with a NULL buffer, ENOMEM when the buffer is short), procctl keeps a fake
 * reaper. Lets the FreeBSD table and reaper code run on Linux. Not thread-safe.
 */
final class FakeFreeBsdLibc extends RecordingSpawnLibc implements FreeBsdLibc {
    private static final int ENOMEM = 12;
    private static final int ESRCH = 3;

    ByteBuffer table = ByteBuffer.allocate(0);
    /** Extra records that appear between the size query and the read, once. */
    ByteBuffer growth = ByteBuffer.allocate(0);
    final Map<Integer, String> args = new HashMap<>();
    final Map<Integer, String> env = new HashMap<>();
    final List<int[]> procctlCalls = new ArrayList<>();
    int[] reaperPids = {};
    int tableReads;

    @Override
    public int sysctl(int[] name, int namelen, Pointer oldp, LongByReference oldlenp, Pointer newp, long newlen) {
        byte[] value = value(Arrays.copyOf(name, namelen));
        if (value == null) {
            Native.setLastError(ESRCH);
            return -1;
        }
        if (oldp == null) {
            oldlenp.setValue(value.length);
            return 0;
        }
        if (oldlenp.getValue() < value.length) {
            Native.setLastError(ENOMEM);
            return -1;
        }
        oldp.write(0, value, 0, value.length);
        oldlenp.setValue(value.length);
        return 0;
    }

    private byte[] value(int[] mib) {
        if (Arrays.equals(mib, new int[] {1, 14, 8})) {
            byte[] now = bytes(table);
            // The first real read sees the table after it grew.
            if (tableReads++ == 1 && growth.hasRemaining()) {
                byte[] grown = Arrays.copyOf(now, now.length + growth.remaining());
                System.arraycopy(bytes(growth), 0, grown, now.length, growth.remaining());
                table = ByteBuffer.wrap(grown);
                return grown;
            }
            return now;
        }
        if (mib.length == 4 && mib[2] == 7) {
            String a = args.get(mib[3]);
            return a == null ? null : a.getBytes(StandardCharsets.UTF_8);
        }
        if (mib.length == 4 && mib[2] == 35) {
            String e = env.get(mib[3]);
            return e == null ? null : e.getBytes(StandardCharsets.UTF_8);
        }
        return null;
    }

    private static byte[] bytes(ByteBuffer b) {
        byte[] out = new byte[b.remaining()];
        b.duplicate().get(out);
        return out;
    }

    @Override
    public int procctl(int idtype, long id, int cmd, Pointer data) {
        procctlCalls.add(new int[] {idtype, (int) id, cmd});
        switch (cmd) {
            case 2 -> {
                return 0;
            }
            case 5 -> {
                int count = data.getInt(0);
                Pointer array = data.getPointer(64);
                for (int i = 0; i < Math.min(count, reaperPids.length); i++) {
                    array.setInt(i * 72L, reaperPids[i]);
                    array.setInt(i * 72L + 4, reaperPids[0]);
                    array.setInt(i * 72L + 8, i == 0 ? 0x3 : 0x1);
                }
                return 0;
            }
            case 6 -> {
                ByteBuffer rk = data.getByteBuffer(0, 80).order(ByteOrder.nativeOrder());
                if (reaperPids.length == 0) {
                    Native.setLastError(ESRCH);
                    return -1;
                }
                rk.putInt(12, rk.getInt(0) == 9 ? reaperPids.length : 0);
                rk.putInt(16, -1);
                return 0;
            }
            default -> {
                return -1;
            }
        }
    }

    @Override
    public int posix_spawn_file_actions_addclosefrom_np(Pointer fileActions, int lowFd) {
        calls.add("closefrom " + lowFd);
        return 0;
    }
}
