package dev.progeny.app.gui.actions;

import dev.progeny.probes.Capability;
import dev.progeny.probes.Platform;
import dev.progeny.probes.Signal;
import dev.progeny.probes.terminate.TerminationReport;
import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * {@link FamilyActions} through the platform's {@code Terminator} and {@code OrphanReaper}, which
 * re-check identity (pid and start time) and refuse protected targets themselves. Every OS the
 * platform layer supports; thread-safe.
 */
public final class TerminatorActions implements FamilyActions {
    /** After SIGKILL, how long to watch the family go before naming survivors. */
    private static final Duration KILL_WAIT = Duration.ofSeconds(2);

    private final Platform platform;

    public TerminatorActions(Platform platform) {
        this.platform = platform;
    }

    @Override
    public ActionResult signal(ActionTarget target, Signal signal) throws Exception {
        if (target.scope() == ActionScope.PROCESS) {
            var process = target.process().orElseThrow();
            return ReportText.delivery(platform.terminator().signal(process.key(), signal), process.name());
        }
        boolean ends = signal == Signal.KILL;
        TerminationReport report = platform.terminator().signal(target.family(), signal, ends ? KILL_WAIT : Duration.ZERO);
        ActionResult result = ReportText.termination(ends ? "Killed" : "Sent " + signal.fullName() + " to", report, ends);
        return ends ? reapingKilled(result, report) : result;
    }

    @Override
    public ActionResult escalate(ActionTarget target, Duration grace) throws Exception {
        TerminationReport report = platform.terminator().escalate(target.family(), grace);
        return reapingKilled(ReportText.termination("Escalated", report, true), report);
    }

    /**
     * Reaps what the action killed and Progeny is parent of (orphans it adopted as subreaper), so
     * it leaves no zombie of its own making; their exit statuses join the report. Launch roots are
     * left to their launch, which waits for them itself.
     */
    private ActionResult reapingKilled(ActionResult result, TerminationReport report) throws IOException {
        Set<Integer> killed = new HashSet<>();
        report.members().forEach(p -> killed.add(p.pid()));
        report.departures().forEach(d -> killed.add(d.process().pid()));
        killed.removeAll(platform.launcher().rootPids());
        return ReportText.withReaped(result, platform.orphanReaper().reap(killed));
    }

    @Override
    public ActionResult reapOrphans() throws Exception {
        return ReportText.reaped(platform.orphanReaper().reapOrphans(platform.launcher().rootPids()));
    }

    /**
     * Signalling, escalation and STOP/CONT are POSIX: every supported OS has them. Reaping orphans
     * needs orphans to come back to Progeny (subreaper or reaper); without that they go to init.
     */
    @Override
    public Optional<String> unsupported(ActionKind action) {
        if (action == ActionKind.REAP_ORPHANS) {
            return platform.capabilities().whyNot(Capability.ORPHAN_ADOPTION);
        }
        return Optional.empty();
    }
}
