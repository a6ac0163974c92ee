package dev.progeny.probes.macos;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.LongByReference;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.posix.RecordingSpawnLibc;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The macOS table end to end over a libc played by Java: kern.argmax, KERN_PROC_ALL and
 * KERN_PROCARGS2 as xnu answers them. Pids are above Linux's pid_max, so the real getsid(2)
 * this test cannot replace answers ESRCH, as it does for a zombie on macOS.
 */
class MacOsOnFakeLibcTest {
    private static final int ARGMAX = 4096;

    private static final class FakeMacOsLibc extends RecordingSpawnLibc implements MacOsLibc {
        ByteBuffer table = ByteBuffer.allocate(0);
        final Map<Integer, byte[]> procArgs = new HashMap<>();

        @Override
        public int sysctl(int[] name, int namelen, Pointer oldp, LongByReference oldlenp, Pointer newp, long newlen) {
            int[] mib = Arrays.copyOf(name, namelen);
            byte[] value;
            if (Arrays.equals(mib, new int[] {1, 8})) {
                value = ByteBuffer.allocate(4).order(ByteOrder.nativeOrder()).putInt(0, ARGMAX).array();
            } else if (Arrays.equals(mib, new int[] {1, 14, 0})) {
                value = new byte[table.remaining()];
                table.duplicate().get(value);
            } else if (mib.length == 3 && mib[1] == 49 && procArgs.containsKey(mib[2])) {
                value = procArgs.get(mib[2]);
            } else {
                Native.setLastError(22);
                return -1;
            }
            if (oldp == null) {
                oldlenp.setValue(value.length);
                return 0;
            }
            oldp.write(0, value, 0, Math.min(value.length, (int) oldlenp.getValue()));
            oldlenp.setValue(value.length);
            return 0;
        }

        @Override
        public int posix_spawn_file_actions_addinherit_np(Pointer fileActions, int fd) {
            calls.add("inherit " + fd);
            return 0;
        }
    }

    private static KinfoProcMacOsBytes proc(int pid, int ppid, String comm, byte stat) {
        KinfoProcMacOsBytes k = new KinfoProcMacOsBytes();
        k.pid = pid;
        k.ppid = ppid;
        k.pgid = pid;
        k.comm = comm;
        k.stat = stat;
        return k;
    }

    private static byte[] procArgs2(String execPath, String... strings) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.nativeOrder()).putInt(0, 2).array());
        out.writeBytes((execPath + "\0\0\0").getBytes(StandardCharsets.UTF_8));
        for (String s : strings) {
            out.writeBytes((s + "\0").getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void snapshotDecodesEveryProcessAndReadsArgvOfOurOwn() throws Exception {
        FakeMacOsLibc libc = new FakeMacOsLibc();
        libc.table = KinfoProcMacOsBytes.buffer(proc(5_000_100, 1, "zsh", (byte) 3),
                proc(5_000_101, 5_000_100, "sleep", (byte) 2), proc(5_000_102, 5_000_100, "gone", (byte) 5));
        libc.procArgs.put(5_000_101, procArgs2("/bin/sleep", "sleep", "60", "PROGENY_LAUNCH=l-2"));
        MacOsProcessTable table = new MacOsProcessTable(libc);

        Snapshot s = table.snapshot();

        assertThat(s.processes()).extracting(ProcessInfo::pid).containsExactly(5_000_100, 5_000_101, 5_000_102);
        assertThat(s.process(5_000_101).orElseThrow().argv()).containsExactly("sleep", "60");
        assertThat(s.process(5_000_100).orElseThrow().argv()).as("another user's: refused").isEmpty();
        assertThat(s.process(5_000_102).orElseThrow().isZombie()).isTrue();
        assertThat(s.process(5_000_101).orElseThrow().sid()).as("getsid failed: unknown").isEqualTo(-1);
        assertThat(table.environment(5_000_101)).containsExactly("PROGENY_LAUNCH=l-2");
    }
}
