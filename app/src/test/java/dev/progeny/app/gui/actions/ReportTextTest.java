package dev.progeny.app.gui.actions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessState;
import dev.progeny.probes.Signal;
import dev.progeny.probes.launch.ExitStatus;
import dev.progeny.probes.terminate.Delivery;
import dev.progeny.probes.terminate.Reaped;
import dev.progeny.probes.terminate.Survivor;
import dev.progeny.probes.terminate.TerminationReport;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who got which signal and who survived, in words, from hand-made reports. */
class ReportTextTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final ProcessInfo SH = process(10, "sh", ProcessState.SLEEPING);
    private static final ProcessInfo STUCK = process(11, "fuse", ProcessState.DISK_SLEEP);

    private static ProcessInfo process(int pid, String name, ProcessState state) {
        return ProcessInfo.builder(pid).pgid(10).sid(10).state(state).uid(1000).startTime(pid).name(name).argv(List.of(name)).build();
    }

    private static Delivery sent(ProcessInfo p, Signal s) {
        return new Delivery(p.key(), Delivery.Scope.PROCESS, s, T0, Delivery.Outcome.SENT, "");
    }

    @Test
    void aCleanEscalationCountsEachSignal() {
        TerminationReport report = new TerminationReport("process group 10", T0, T0.plusMillis(1250), List.of(SH),
                List.of(TerminationReport.Stage.SIGNAL), List.of(sent(SH, Signal.TERM), sent(SH, Signal.CONT)),
                List.of(), List.of(), false);
        ActionResult r = ReportText.termination("Escalated", report, true);
        assertThat(r.outcome()).isEqualTo(ActionResult.Outcome.DONE);
        assertThat(r.summary()).isEqualTo("Escalated process group 10: all 1 ended in 1.3 s (SIGTERM to 1, SIGCONT to 1)");
        assertThat(r.details()).containsExactly("10 (sh): SIGTERM, SIGCONT");
    }

    @Test
    void survivorsAreCountedAndExplained() {
        TerminationReport report = new TerminationReport("launch x (sh)", T0, T0.plusSeconds(8), List.of(SH, STUCK),
                List.of(), List.of(sent(SH, Signal.KILL), sent(STUCK, Signal.KILL)), List.of(),
                List.of(new Survivor(STUCK, "in uninterruptible sleep (D)")), false);
        ActionResult r = ReportText.termination("Killed", report, true);
        assertThat(r.outcome()).isEqualTo(ActionResult.Outcome.SURVIVORS);
        assertThat(r.summary()).isEqualTo("Killed launch x (sh): 1 of 2 survived (SIGKILL to 2)");
        assertThat(r.details()).contains("survived: 11 (fuse, disk_sleep): in uninterruptible sleep (D)");
    }

    @Test
    void aSignalThatIsNotMeantToEndIsNotASurvivorStory() {
        TerminationReport report = new TerminationReport("process group 10", T0, T0, List.of(SH), List.of(),
                List.of(sent(SH, Signal.STOP)), List.of(), List.of(new Survivor(SH, "still sleeping")), false);
        ActionResult r = ReportText.termination("Sent SIGSTOP to", report, false);
        assertThat(r.outcome()).isEqualTo(ActionResult.Outcome.DONE);
        assertThat(r.summary()).isEqualTo("Sent SIGSTOP to process group 10: SIGSTOP to 1");
    }

    @Test
    void aCgroupStillPopulatedIsNotClean() {
        TerminationReport report = new TerminationReport("launch x (sh)", T0, T0, List.of(SH), List.of(),
                List.of(sent(SH, Signal.KILL)), List.of(), List.of(), true);
        ActionResult r = ReportText.termination("Killed", report, true);
        assertThat(r.outcome()).isEqualTo(ActionResult.Outcome.SURVIVORS);
        assertThat(r.summary()).isEqualTo("Killed launch x (sh): its cgroup still holds a live process (SIGKILL to 1)");
    }

    @Test
    void reapedOrphansShowTheirStatuses() {
        ActionResult r = ReportText.reaped(List.of(new Reaped(42, "sh", new ExitStatus.Exited(3)),
                new Reaped(43, "sleep", new ExitStatus.Killed(9, false))));
        assertThat(r.summary()).isEqualTo("Reaped 2 orphans: 42 (sh): exited 3, 43 (sleep): killed by signal 9");
        assertThat(ReportText.reaped(List.of()).summary()).isEqualTo("No orphaned zombies to reap");
    }

    @Test
    void aRefusedSingleSignalSaysWhy() {
        Delivery refused = new Delivery(SH.key(), Delivery.Scope.PROCESS, Signal.KILL, T0, Delivery.Outcome.REFUSED,
                "refusing to signal pid 10: the pid was reused");
        assertThat(ReportText.delivery(refused, "sh").summary()).isEqualTo("Refused: refusing to signal pid 10: the pid was reused");
    }
}
