package dev.progeny.probes.freebsd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.launch.OutputMode;
import dev.progeny.probes.limits.LimitKind;
import dev.progeny.probes.limits.Limits;
import dev.progeny.probes.posix.PosixLauncher;
import dev.progeny.probes.posix.StandInLauncher;
import dev.progeny.probes.terminate.SignalGuard;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A FreeBSD launch with limits, through the one launch sequence over the stand-in libc: the argv
 * handed to posix_spawn is the one wrapper with the rctl rules and ulimits as its steps, and the
 * launch reports where each limit is held. Nothing is spawned; never run on a FreeBSD kernel.
 */
class FreeBsdLaunchLimitsTest {
    private static final Limits LIMITS = Limits.NONE.with(LimitKind.MEMORY, 512L << 20).with(LimitKind.PROCESSES, 100)
            .with(LimitKind.CPU_TIME, 60);
    private final FakeFreeBsdLibc libc = new FakeFreeBsdLibc();

    private List<String> launched(LaunchSpec spec) throws Exception {
        FreeBsdProcessTable table = new FreeBsdProcessTable(libc);
        ReaperSubtrees subtrees = new ReaperSubtrees(new ProcctlReaper(libc, 77), Optional.empty(),
                new SignalGuard(77, 77, 77), table::reading);
        PosixLauncher launcher = StandInLauncher.of(FreeBsdLaunching.binding(libc, table, Optional.empty(), subtrees), table);
        try (Launch launch = launcher.launch(spec.withOutput(OutputMode.INHERIT))) {
            assertThat(launch.limits().applied().asked()).isEqualTo(spec.limits());
        }
        return libc.argv;
    }

    @Test
    void asRootWithRacctTheWrapperAddsTheRulesAndUlimitsBeforeExec() throws Exception {
        assertThat(launched(LaunchSpec.of("/bin/sh", "-c", "make -j8").withLimits(LIMITS))).containsExactly("sh", "-c",
                "/usr/bin/rctl -a \"process:$$:$1\" || exit 125; shift; ulimit -t \"$1\" || exit 125; shift; exec \"$@\"",
                "progeny", "memoryuse:deny=512m", "60", "/bin/sh", "-c", "make -j8");
    }

    @Test
    void asAUserTheWrapperSetsRlimitsOnly() throws Exception {
        libc.euid = 1001;
        assertThat(launched(LaunchSpec.of("/bin/sh", "-c", "make -j8").withLimits(LIMITS))).containsExactly("sh", "-c",
                "ulimit -v \"$1\" || exit 125; shift; ulimit -t \"$1\" || exit 125; shift; exec \"$@\"",
                "progeny", "524288", "60", "/bin/sh", "-c", "make -j8");
    }

    @Test
    void withoutLimitsThereIsNoWrapperAndNothingIsLookedUp() throws Exception {
        libc.racctEnable = null;
        assertThat(launched(LaunchSpec.of("/bin/sh", "-c", "make -j8"))).containsExactly("/bin/sh", "-c", "make -j8");
    }
}
