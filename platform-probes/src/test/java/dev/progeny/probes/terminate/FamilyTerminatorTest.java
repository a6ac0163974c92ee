package dev.progeny.probes.terminate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.Signal;
import dev.progeny.probes.terminate.TerminationReport.Stage;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The order of stages, on a simulated table where the races can be made to happen every time. */
class FamilyTerminatorTest {
    private final SimulatedProcesses sim = new SimulatedProcesses();
    private final Terminator terminator = new FamilyTerminator(sim, sim);

    @Test
    void termAndContAloneEndAPoliteFamily() throws Exception {
        int root = sim.spawn(1, false, false);
        int child = sim.spawn(root, false, false);
        TerminationReport report = terminator.escalate(new TreeFamily(root), Duration.ofSeconds(10));
        assertThat(report.clean()).isTrue();
        assertThat(report.stages()).containsExactly(Stage.SIGNAL, Stage.GRACE);
        assertThat(sim.sent()).containsExactly("SIGTERM " + root, "SIGTERM " + child);
        assertThat(report.deliveries()).filteredOn(d -> d.signal() == Signal.CONT).hasSize(2)
                .allMatch(d -> d.outcome() == Delivery.Outcome.GONE);
        assertThat(report.departures()).hasSize(2);
    }

    @Test
    void contLetsAStoppedMemberActOnTerm() throws Exception {
        int root = sim.spawn(1, false, false);
        sim.stop(root);
        TerminationReport report = terminator.escalate(new TreeFamily(root), Duration.ofSeconds(10));
        assertThat(report.clean()).isTrue();
        assertThat(report.ran(Stage.KILL)).isFalse();
    }

    @Test
    void killEndsWhatIgnoresTermAfterTheGracePeriod() throws Exception {
        int root = sim.spawn(1, true, false);
        TerminationReport report = terminator.escalate(new TreeFamily(root), Duration.ofMillis(50));
        assertThat(report.clean()).isTrue();
        assertThat(report.stages()).containsExactly(Stage.SIGNAL, Stage.GRACE, Stage.KILL, Stage.VERIFY);
        assertThat(sim.sent()).endsWith("SIGKILL " + root);
    }

    @Test
    void aFamilyThatForksFasterThanItDiesIsFrozenThenKilled() throws Exception {
        sim.spawn(1, true, true);
        // The session, not the tree: a breeder's child whose parent died at once is out of any tree.
        TerminationReport report = terminator.escalate(new SessionFamily(SimulatedProcesses.SESSION), Duration.ofMillis(50));
        assertThat(report.clean()).isTrue();
        assertThat(report.ran(Stage.FREEZE)).as(report.stages().toString()).isTrue();
        assertThat(sim.sent()).anyMatch(s -> s.startsWith("SIGSTOP"));
        assertThat(sim.anyAlive()).isFalse();
    }

    @Test
    void freezingPausesBetweenReadingsWhileAMemberCannotStop() throws Exception {
        int breeder = sim.spawn(1, true, true);
        sim.spawnInDiskSleep(breeder, Duration.ofMillis(300));
        TerminationReport report = terminator.escalate(new SessionFamily(SimulatedProcesses.SESSION), Duration.ofMillis(50));
        assertThat(report.clean()).isTrue();
        assertThat(report.ran(Stage.FREEZE)).as(report.stages().toString()).isTrue();
        // Backing off to 25 ms between readings, 300 ms take a few dozen; flat out, many thousands.
        assertThat(sim.snapshots()).isLessThan(100);
    }

    @Test
    void aFamilyOfZombiesIsDeadAndBurnsNoGrace() throws Exception {
        int root = sim.spawn(1, true, false);
        sim.zombie(root);
        TerminationReport report = terminator.escalate(new TreeFamily(root), Duration.ofMinutes(10));
        assertThat(report.clean()).isTrue();
        assertThat(report.deliveries()).isEmpty();
        assertThat(report.elapsed()).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aPlainSignalAlsoReachesMembersBornWhileItIsSent() throws Exception {
        int root = sim.spawn(1, true, true);
        TerminationReport report = terminator.signal(new TreeFamily(root), Signal.STOP, Duration.ZERO);
        assertThat(sim.sent()).contains("SIGSTOP " + root).hasSizeGreaterThan(1);
        assertThat(report.survivors()).allSatisfy(s -> assertThat(s.reason()).contains("stopped"));
    }
}
