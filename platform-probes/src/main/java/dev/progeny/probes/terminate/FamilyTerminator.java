package dev.progeny.probes.terminate;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.ProcessState;
import dev.progeny.probes.ProcessTable;
import dev.progeny.probes.Signal;
import dev.progeny.probes.launch.Family;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@link Terminator} for every OS: the order of stages lives here, the OS's way of reading
 * the table and sending signals is injected. Thread-safe (each call keeps its own state).
 */
public final class FamilyTerminator implements Terminator {
    /** How long KILL and its verification may take before the rest are reported as survivors. */
    private static final Duration KILL_TIMEOUT = Duration.ofSeconds(5);
    /** Between two readings of the table while waiting: short first, then backing off. */
    private static final long FIRST_PAUSE_MILLIS = 1;
    private static final long MAX_PAUSE_MILLIS = 25;

    private final ProcessTable table;
    private final SignalSender sender;

    public FamilyTerminator(ProcessTable table, SignalSender sender) {
        this.table = table;
        this.sender = sender;
    }

    @Override
    public SignalGuard guard() {
        return sender.guard();
    }

    @Override
    public Delivery signal(ProcessKey target, Signal signal) {
        return sender.send(target, List.of(signal)).getFirst();
    }

    @Override
    public TerminationReport signal(Family family, Signal signal, Duration wait)
            throws IOException, SignalRefusedException {
        Termination t = start(family);
        t.stage(TerminationReport.Stage.SIGNAL);
        t.deliver(t.alive(), List.of(signal));
        t.stage(TerminationReport.Stage.GRACE);
        waitForExit(t, Instant.now().plus(wait), List.of(signal));
        return t.report(survivors(t, signal));
    }

    @Override
    public TerminationReport escalate(Family family, Duration grace) throws IOException, SignalRefusedException {
        Termination t = start(family);
        if (t.alive().isEmpty()) {
            return t.report(List.of());
        }
        List<Signal> term = List.of(Signal.TERM, Signal.CONT);
        t.stage(TerminationReport.Stage.SIGNAL);
        t.deliver(t.alive(), term);
        t.stage(TerminationReport.Stage.GRACE);
        waitForExit(t, Instant.now().plus(grace), term);
        if (!t.alive().isEmpty()) {
            kill(t);
        }
        return t.report(survivors(t, Signal.KILL));
    }

    private Termination start(Family family) throws IOException, SignalRefusedException {
        Optional<String> refusal = switch (family) {
            case GroupFamily g -> guard().refuseGroup(g.pgid());
            case SessionFamily s -> guard().refuseSession(s.sid());
            case TreeFamily tree -> guard().refuseProcess(tree.rootPid());
            default -> Optional.empty();
        };
        if (refusal.isPresent()) {
            throw new SignalRefusedException(refusal.get());
        }
        Termination t = new Termination(table, sender, family);
        for (ProcessInfo p : t.begin()) {
            if (p.pid() == guard().ownPid()) {
                throw new SignalRefusedException("refusing to signal " + family.description()
                        + ": Progeny itself (pid " + p.pid() + ") is a member");
            }
        }
        return t;
    }

    /** Reads until no member is alive or {@code deadline}; members born meanwhile get {@code signals} too. */
    private static void waitForExit(Termination t, Instant deadline, List<Signal> signals) throws IOException {
        long pause = FIRST_PAUSE_MILLIS;
        while (!t.alive().isEmpty() && Instant.now().isBefore(deadline)) {
            if (!sleep(Math.min(pause, Math.max(1, Duration.between(Instant.now(), deadline).toMillis())))) {
                return;
            }
            pause = Math.min(pause * 2, MAX_PAUSE_MILLIS);
            List<ProcessInfo> born = t.read();
            if (!born.isEmpty()) {
                t.deliver(born, signals);
            }
        }
    }

    /**
     * KILL whatever is left: through the cgroup when there is one, then to each member. A member
     * born after KILL means the family forks faster than it dies: freeze it first, then KILL.
     */
    private void kill(Termination t) throws IOException {
        Optional<Path> cgroup = t.family().cgroup();
        if (cgroup.isPresent()) {
            t.stage(TerminationReport.Stage.CGROUP_KILL);
            try {
                sender.killCgroup(cgroup.get());
                t.recordCgroupKill(Instant.now(), Delivery.Outcome.SENT, cgroup.get() + "/cgroup.kill");
            } catch (IOException e) {
                t.recordCgroupKill(Instant.now(), Delivery.Outcome.FAILED, cgroup.get() + "/cgroup.kill: " + e.getMessage());
            }
            t.read();
        }
        Instant deadline = Instant.now().plus(KILL_TIMEOUT);
        if (!t.alive().isEmpty()) {
            t.stage(TerminationReport.Stage.KILL);
            t.deliver(t.alive(), List.of(Signal.KILL));
        }
        t.stage(TerminationReport.Stage.VERIFY);
        long pause = FIRST_PAUSE_MILLIS;
        while (!t.alive().isEmpty() && Instant.now().isBefore(deadline)) {
            if (!sleep(pause)) {
                return;
            }
            pause = Math.min(pause * 2, MAX_PAUSE_MILLIS);
            if (!t.read().isEmpty()) {
                freeze(t, deadline);
                t.stage(TerminationReport.Stage.KILL);
                t.deliver(t.alive(), List.of(Signal.KILL));
                t.stage(TerminationReport.Stage.VERIFY);
            }
        }
    }

    /** STOP to every member not yet stopped, until a reading finds no one new and everyone stopped. */
    private static void freeze(Termination t, Instant deadline) throws IOException {
        t.stage(TerminationReport.Stage.FREEZE);
        boolean stable = false;
        while (!stable && Instant.now().isBefore(deadline)) {
            List<ProcessInfo> running = t.alive().stream().filter(p -> !isStopped(p)).toList();
            t.deliver(running, List.of(Signal.STOP));
            stable = t.read().isEmpty() && t.alive().stream().allMatch(FamilyTerminator::isStopped);
        }
    }

    private static boolean isStopped(ProcessInfo p) {
        return p.state() == ProcessState.STOPPED || p.state() == ProcessState.TRACED;
    }

    private static List<Survivor> survivors(Termination t, Signal last) {
        List<Survivor> out = new ArrayList<>();
        for (ProcessInfo p : t.alive()) {
            out.add(new Survivor(p, SurvivorReasons.explain(p, t.deliveries(), last)));
        }
        return out;
    }

    private static boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
