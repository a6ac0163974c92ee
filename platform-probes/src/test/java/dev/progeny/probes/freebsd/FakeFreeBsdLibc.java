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
 * reaper whose list and kill follow procctl(2). Lets the FreeBSD table and reaper code run on
 * Linux. It knows no single pid ({@code KERN_PROC_PID} fails with ESRCH), so the kill(2) sender
 * finds every target gone and never signals a real Linux process. Not thread-safe.
 */
final class FakeFreeBsdLibc extends RecordingSpawnLibc implements FreeBsdLibc {
    private static final int ENOMEM = 12;
    private static final int ESRCH = 3;
    private static final int ENOENT = 2;
    private static final int PIDINFO_SIZE = 72;
    private static final int REAPER_PIDINFO_VALID = 0x1;
    private static final int REAPER_KILL_CHILDREN = 0x1;
    private static final int REAPER_KILL_SUBTREE = 0x2;
    private static final int REAPER_PIDINFO_CHILD = 0x2;
    private static final int SIGKILL = 9;

    ByteBuffer table = ByteBuffer.allocate(0);
    /** The processes {@link #serve} put in the table; a PROC_REAP_KILL with SIGKILL takes its victims out. */
    private final List<KinfoProcBytes> served = new ArrayList<>();
    /** Extra records that appear between the size query and the read, once. */
    ByteBuffer growth = ByteBuffer.allocate(0);
    final Map<Integer, String> args = new HashMap<>();
    final Map<Integer, String> env = new HashMap<>();
    final List<int[]> procctlCalls = new ArrayList<>();
    /** The reaper's descendants, {pi_pid, pi_subtree, pi_flags} each, VALID implied. */
    final List<int[]> reaperList = new ArrayList<>();
    /** Every PROC_REAP_KILL request, the 80 bytes as the kernel would read them. */
    final List<byte[]> reapKills = new ArrayList<>();
    int tableReads;
    /** {@code kern.racct.enable}, or null when the kernel has no racct. */
    Integer racctEnable = 1;
    int euid;

    /** Serves {@code records} as the process table (KERN_PROC_PROC). */
    void serve(KinfoProcBytes... records) {
        served.clear();
        served.addAll(List.of(records));
        table = KinfoProcBytes.buffer(records);
    }

    /** Adds a descendant of the reaper to what PROC_REAP_GETPIDS lists. */
    void reaperLists(int pid, int subtree, int flags) {
        reaperList.add(new int[] {pid, subtree, flags | REAPER_PIDINFO_VALID});
    }

    @Override
    public int sysctlbyname(String name, Pointer oldp, LongByReference oldlenp, Pointer newp, long newlen) {
        if (!name.equals("kern.racct.enable") || racctEnable == null) {
            Native.setLastError(ENOENT);
            return -1;
        }
        oldp.setInt(0, racctEnable);
        oldlenp.setValue(4);
        return 0;
    }

    @Override
    public int geteuid() {
        return euid;
    }

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
        calls.add("procctl " + cmd);
        return switch (cmd) {
            case 2 -> 0;
            case 5 -> getPids(data);
            case 6 -> reapKill(data);
            default -> -1;
        };
    }

    /** struct procctl_reaper_pids: rp_count @0, rp_pids @64; each pidinfo 72 bytes (pid @0, subtree @4, flags @8). */
    private int getPids(Pointer data) {
        int count = data.getInt(0);
        Pointer array = data.getPointer(64);
        for (int i = 0; i < Math.min(count, reaperList.size()); i++) {
            int[] e = reaperList.get(i);
            array.setInt(i * (long) PIDINFO_SIZE, e[0]);
            array.setInt(i * (long) PIDINFO_SIZE + 4, e[1]);
            array.setInt(i * (long) PIDINFO_SIZE + 8, e[2]);
        }
        return 0;
    }

    /**
     * struct procctl_reaper_kill: rk_sig @0, rk_flags @4, rk_subtree @8 in; rk_killed @12,
     * rk_fpid @16 out. ESRCH when nothing matched, as sys/kern/kern_procctl.c does.
     */
    private int reapKill(Pointer data) {
        reapKills.add(data.getByteArray(0, 80));
        ByteBuffer rk = data.getByteBuffer(0, 80).order(ByteOrder.nativeOrder());
        int flags = rk.getInt(4);
        List<int[]> victims = reaperList.stream()
                .filter(e -> (flags & REAPER_KILL_SUBTREE) == 0 || e[1] == rk.getInt(8))
                .filter(e -> (flags & REAPER_KILL_CHILDREN) == 0 || (e[2] & REAPER_PIDINFO_CHILD) != 0)
                .toList();
        if (victims.isEmpty()) {
            Native.setLastError(ESRCH);
            return -1;
        }
        if (rk.getInt(0) == SIGKILL) {
            reaperList.removeAll(victims);
            if (served.removeIf(k -> victims.stream().anyMatch(e -> e[0] == k.pid))) {
                table = KinfoProcBytes.buffer(served.toArray(KinfoProcBytes[]::new));
            }
        }
        rk.putInt(12, victims.size());
        rk.putInt(16, -1);
        return 0;
    }

    @Override
    public int posix_spawn_file_actions_addclosefrom_np(Pointer fileActions, int lowFd) {
        calls.add("closefrom " + lowFd);
        return 0;
    }
}
