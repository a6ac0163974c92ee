package dev.progeny.probes.macos;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.LongByReference;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.launch.OutputMode;
import dev.progeny.probes.limits.LimitKind;
import dev.progeny.probes.limits.Limits;
import dev.progeny.probes.posix.RecordingSpawnLibc;
import dev.progeny.probes.posix.StandInLauncher;
import org.junit.jupiter.api.Test;

/**
 * A macOS launch with limits, through the one launch sequence over a stand-in libc: the argv
 * handed to posix_spawn is the wrapper with its setrlimit steps, and the launch says what holds
 * each limit. Nothing is spawned; never run on a Mac.
 */
class MacOsLaunchLimitsTest {
    /** Records the spawn; every sysctl fails (ESRCH), as for a process the kernel does not list. */
    private static final class StandInLibc extends RecordingSpawnLibc implements MacOsLibc {
        @Override
        public int sysctl(int[] name, int namelen, Pointer oldp, LongByReference oldlenp, Pointer newp, long newlen) {
            Native.setLastError(3);
            return -1;
        }

        @Override
        public int posix_spawn_file_actions_addinherit_np(Pointer fileActions, int fd) {
            calls.add("inherit " + fd);
            return 0;
        }
    }

    private final StandInLibc libc = new StandInLibc();

    private Launch launched(Limits limits) throws Exception {
        MacOsProcessTable table = new MacOsProcessTable(libc);
        try (Launch launch = StandInLauncher.of(MacOsLaunching.binding(libc, table), table)
                .launch(LaunchSpec.of("/bin/sh", "-c", "make -j8").withLimits(limits).withOutput(OutputMode.INHERIT))) {
            return launch;
        }
    }

    @Test
    void cpuTimeIsSetByTheWrapperAndMemoryIsSaidNotToBeHeld() throws Exception {
        Launch launch = launched(Limits.NONE.with(LimitKind.MEMORY, 64L << 20).with(LimitKind.CPU_TIME, 90));

        assertThat(libc.argv).containsExactly("sh", "-c", "ulimit -t \"$1\" || exit 125; shift; exec \"$@\"",
                "progeny", "90", "/bin/sh", "-c", "make -j8");
        assertThat(launch.limits().applied().lines()).containsExactly(
                "memory 64M: not enforced: macOS has no per-launch resource control;"
                        + " RLIMIT_AS is RLIMIT_RSS on macOS, which the kernel does not enforce",
                "cpu time 90s per process: setrlimit RLIMIT_CPU (CPU time, for each process on its own)");
    }

    @Test
    void withoutLimitsThereIsNoWrapper() throws Exception {
        launched(Limits.NONE);
        assertThat(libc.argv).containsExactly("/bin/sh", "-c", "make -j8");
    }
}
