package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.Platform;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Signal;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.launch.Containment;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchIndex;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.launch.Membership.Reason;
import dev.progeny.probes.posix.PosixLibc;
import dev.progeny.probes.terminate.TerminationReport;
import dev.progeny.probes.testing.TestLaunches;
import dev.progeny.probes.posix.PosixLauncher;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two launches and one escapee (issue 13's case): launch A leaves a setsid'd, environment-scrubbed
 * {@code sleep 999} that comes back to Progeny as subreaper; launch B starts 0.3 s after A. B must
 * never claim A's escapee, and ending B must never signal it. With a cgroup, A's container proves
 * it A's; without one nothing does, and it is unclaimed.
 */
class CrossLaunchAttributionTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private final PosixLauncher launcher = LinuxLaunching.launcher();
    private final LinuxProcessTable table = new LinuxProcessTable();
    private TestLaunches launches;
    private ProcessKey escapee;

    @BeforeEach
    void startLaunches(TestInfo info) {
        launches = new TestLaunches(launcher, info.getTestMethod().orElseThrow().getName());
    }

    /** The escapee has no tag, so the launches' cleanup cannot find it: it is ended here, by its key. */
    @AfterEach
    void cleanUp() throws InterruptedException {
        if (escapee != null) {
            Platform.current().terminator().signal(escapee, Signal.KILL);
            PosixLibc.INSTANCE.waitpid(escapee.pid(), new int[1], 0);
        }
        launches.close();
    }

    @ParameterizedTest(name = "with a cgroup: {0}")
    @ValueSource(booleans = {true, false})
    void endingOneLaunchNeverTouchesAnotherLaunchsEscapee(boolean cgroup) throws Exception {
        Set<Containment> mechanisms = cgroup
                ? Set.of(Containment.SUBREAPER, Containment.CGROUP, Containment.ENVIRONMENT_TAG)
                : Set.of(Containment.SUBREAPER, Containment.ENVIRONMENT_TAG);
        Launch a = launches.launch(LaunchSpec.of("sh", "-c", CrossLaunchScenario.A).withContainment(mechanisms));
        if (cgroup) {
            TestLaunches.assumeCgroup(a);
        }
        Thread.sleep(300);
        Launch b = launches.launch(LaunchSpec.of("sleep", "997").withContainment(mechanisms));
        escapee = CrossLaunchScenario.escapeeOf(a, table);

        Snapshot snapshot = table.snapshot();
        assertThat(b.family().members(snapshot)).extracting(ProcessInfo::key).doesNotContain(escapee);
        Map<ProcessKey, LaunchIndex.Owner> owners = LaunchIndex.of(snapshot, List.of(b, a));
        if (cgroup) {
            assertThat(owners.get(escapee).launch()).isSameAs(a);
            assertThat(owners.get(escapee).membership().reasons()).contains(Reason.CGROUP, Reason.ADOPTED);
        } else {
            assertThat(owners).doesNotContainKey(escapee);
            assertThat(LaunchIndex.unclaimed(snapshot, owners.keySet(), PosixLibc.INSTANCE.getpid()))
                    .extracting(ProcessInfo::key).contains(escapee);
        }

        TerminationReport report = Platform.current().terminator().escalate(b.family(), Signal.TERM, Duration.ofSeconds(2));
        assertThat(report.deliveries()).noneMatch(d -> d.target().equals(escapee));
        assertThat(table.snapshot().contains(escapee)).as("A's escapee outlives the end of B").isTrue();
        assertThat(b.waitFor(PATIENCE)).isPresent();
    }
}
