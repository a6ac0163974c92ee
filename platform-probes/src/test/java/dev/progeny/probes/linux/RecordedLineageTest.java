package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.progeny.probes.Platform;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.ProcessTable;
import dev.progeny.probes.Signal;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.events.EventChoice;
import dev.progeny.probes.events.EventRecorder;
import dev.progeny.probes.launch.Containment;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.launch.Membership;
import dev.progeny.probes.launch.Membership.Reason;
import dev.progeny.probes.posix.PosixLibc;
import dev.progeny.probes.terminate.TerminationReport;
import dev.progeny.probes.testing.TestLaunches;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * Issue 13's two launches and one escapee, with neither cgroup nor a surviving tag: only the
 * recorded forks can say where the escapee came from. With an exact source (the proc connector,
 * as root; skipped otherwise) it is launch A's by lineage, never B's, and ending B leaves it alone.
 */
class RecordedLineageTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Set<Containment> NO_CONTAINER = Set.of(Containment.SUBREAPER, Containment.ENVIRONMENT_TAG);
    private final Platform platform = Platform.current();
    private final ProcessTable table = platform.processTable();
    private final EventRecorder recorder = new EventRecorder(platform.events(), Duration.ZERO);
    private TestLaunches launches;
    private ProcessKey escapee;

    @BeforeEach
    void start(TestInfo info) {
        launches = new TestLaunches(platform.launcher(), info.getTestMethod().orElseThrow().getName());
    }

    @AfterEach
    void cleanUp() throws InterruptedException {
        if (escapee != null) {
            platform.terminator().signal(escapee, Signal.KILL); // a Delivery saying "gone" once A's end took it
            PosixLibc.INSTANCE.waitpid(escapee.pid(), new int[1], 0);
        }
        launches.close();
        recorder.close();
    }

    @Test
    void anEscapeeBelongsToTheLaunchItWasForkedInAndEndingAnotherLeavesItAlone() throws Exception {
        EventChoice choice = recorder.start();
        // ptrace is exact but records only launches asked to be traced; these launches are not.
        assumeTrue(choice.source().exact() && choice.source().seesEveryProcess(),
                () -> "no exact source of every process here: " + choice.describe());
        Launch a = launches.launch(LaunchSpec.of("sh", "-c", CrossLaunchScenario.A).withContainment(NO_CONTAINER));
        recorder.launched(a);
        Thread.sleep(300);
        Launch b = launches.launch(LaunchSpec.of("sleep", "997").withContainment(NO_CONTAINER));
        recorder.launched(b);
        escapee = CrossLaunchScenario.escapeeOf(a, table);

        Snapshot snapshot = table.snapshot();
        assertThat(b.family().members(snapshot)).noneMatch(p -> p.key().equals(escapee));
        assertThat(a.family().memberships(snapshot)).filteredOn(m -> m.process().key().equals(escapee))
                .singleElement().extracting(Membership::reasons).satisfies(r -> assertThat(r)
                        .contains(Reason.LINEAGE, Reason.ADOPTED).doesNotContain(Reason.ENVIRONMENT_TAG));
        assertThat(recorder.history().launchOf(escapee)).contains(a.id());

        TerminationReport endB = platform.terminator().escalate(b.family(), Signal.TERM, Duration.ofSeconds(2));
        assertThat(endB.deliveries()).noneMatch(d -> d.target().equals(escapee));
        assertThat(table.snapshot().contains(escapee)).as("A's escapee outlives the end of B").isTrue();

        TerminationReport endA = platform.terminator().escalate(a.family(), Signal.TERM, Duration.ofSeconds(2));
        assertThat(endA.deliveries()).anyMatch(d -> d.target().equals(escapee));
        assertThat(a.waitFor(PATIENCE)).isPresent();
        assertThat(b.waitFor(PATIENCE)).isPresent();
    }
}
