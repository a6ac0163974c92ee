package dev.progeny.probes.terminate;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.ProcessState;
import dev.progeny.probes.ProcessTable;
import dev.progeny.probes.Signal;
import dev.progeny.probes.launch.Container;
import dev.progeny.probes.launch.Family;
import java.io.IOException;
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
    /** Readings after a plain signal that look for members born while it was being sent. */
    private static final int MAX_CATCH_UP_ROUNDS = 20;

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
        Optional<Container> container = family.container();
        if (signal == Signal.KILL && container.isPresent()) {
            killContainer(t, container.get());
        }
        t.stage(TerminationReport.Stage.SIGNAL);
        t.deliver(t.alive(), List.of(signal));
        for (int round = 0; round < MAX_CATCH_UP_ROUNDS; round++) {
            List<ProcessInfo> born = t.read();
            if (born.isEmpty()) {
                break;
            }
            t.deliver(born, List.of(signal));
        }
        t.stage(TerminationReport.Stage.GRACE);
        waitForExit(t, Instant.now().plus(wait), List.of(signal));
        return t.report(survivors(t, signal));
    }

    /**
     * {@inheritDoc}
     *
     * <p>Like systemd's stop: the first signal goes once to the members present; members born
     * during the grace period (a TERM handler's cleanup helpers, say) are left to finish and get
     * only the final KILL if they are still alive then.
     */
    @Override
    public TerminationReport escalate(Family family, Signal first, Duration grace)
            throws IOException, SignalRefusedException {
        refuseByName(family);
        Termination t = new Termination(table, sender, family);
        List<Signal> term = first == Signal.CONT ? List.of(first) : List.of(first, Signal.CONT);
        family.groupLeader().ifPresent(leader -> t.deliverToLeadersGroup(leader, term));
        begin(t);
        if (!t.anyAlive()) {
            return t.report(List.of());
        }
        t.stage(TerminationReport.Stage.SIGNAL);
        t.deliver(t.outsideEarlyGroup(), term);
        t.stage(TerminationReport.Stage.GRACE);
        waitForExit(t, Instant.now().plus(grace), List.of());
        if (t.anyAlive()) {
            kill(t);
        }
        return t.report(survivors(t, Signal.KILL));
    }

    private Termination start(Family family) throws IOException, SignalRefusedException {
        refuseByName(family);
        Termination t = new Termination(table, sender, family);
        begin(t);
        return t;
    }

    /** Refuses a family named by a protected number (pid, group or session 0, 1, negative, Progeny's own). */
    private void refuseByName(Family family) throws SignalRefusedException {
        Optional<String> refusal = guard().refuseFamily(family);
        if (refusal.isPresent()) {
            throw new SignalRefusedException(refusal.get());
        }
    }

    /** The first reading; refuses a family that has Progeny itself among its members. */
    private void begin(Termination t) throws IOException, SignalRefusedException {
        for (ProcessInfo p : t.begin()) {
            if (p.pid() == guard().ownPid()) {
                throw new SignalRefusedException("refusing to signal " + t.family().description()
                        + ": Progeny itself (pid " + p.pid() + ") is a member");
            }
        }
    }

    /** Reads until no member is alive or {@code deadline}; members born meanwhile get {@code signals} (if any). */
    private static void waitForExit(Termination t, Instant deadline, List<Signal> signals) throws IOException {
        long pause = FIRST_PAUSE_MILLIS;
        while (t.anyAlive() && Instant.now().isBefore(deadline)) {
            if (!sleep(Math.min(pause, Math.max(1, Duration.between(Instant.now(), deadline).toMillis())))) {
                return;
            }
            pause = Math.min(pause * 2, MAX_PAUSE_MILLIS);
            List<ProcessInfo> born = t.read();
            if (!born.isEmpty() && !signals.isEmpty()) {
                t.deliver(born, signals);
            }
        }
    }

    /**
     * KILL whatever is left: through the family's container when there is one (again while
     * anything of it stays alive), then to each member. A member born after KILL means the family
     * forks faster than it dies: freeze it first, then KILL.
     */
    private void kill(Termination t) throws IOException {
        Optional<Container> container = t.family().container();
        if (container.isPresent()) {
            killContainer(t, container.get());
        }
        Instant deadline = Instant.now().plus(KILL_TIMEOUT);
        if (!t.alive().isEmpty()) {
            t.stage(TerminationReport.Stage.KILL);
            t.deliver(t.alive(), List.of(Signal.KILL));
        }
        t.stage(TerminationReport.Stage.VERIFY);
        long pause = FIRST_PAUSE_MILLIS;
        while (t.anyAlive() && Instant.now().isBefore(deadline)) {
            if (!sleep(pause)) {
                return;
            }
            pause = Math.min(pause * 2, MAX_PAUSE_MILLIS);
            boolean born = !t.read().isEmpty();
            if (container.isPresent() && t.anyAlive()) {
                t.recordContainerKill(container.get(), sender.killContainer(container.get()));
            }
            if (born) {
                freeze(t, deadline);
                t.stage(TerminationReport.Stage.KILL);
                t.deliver(t.alive(), List.of(Signal.KILL));
                t.stage(TerminationReport.Stage.VERIFY);
            }
        }
    }

    /**
     * KILL in the one form no fork can outrun, to the whole container, then a reading: what is
     * left is what the container did not hold.
     */
    private void killContainer(Termination t, Container container) throws IOException {
        t.stage(killStage(container));
        t.recordContainerKill(container, sender.killContainer(container));
        t.read();
    }

    private static TerminationReport.Stage killStage(Container container) {
        return switch (container) {
            case Container.Cgroup c -> TerminationReport.Stage.CGROUP_KILL;
            case Container.ReaperSubtree r -> TerminationReport.Stage.REAPER_KILL;
        };
    }

    /**
     * STOP to every member not yet stopped, until a reading finds no one new and everyone stopped.
     * Pauses between rounds, backing off like {@link #waitForExit}: a member that cannot stop at
     * once (in uninterruptible sleep, D) would otherwise be re-read flat out until the deadline.
     */
    private static void freeze(Termination t, Instant deadline) throws IOException {
        t.stage(TerminationReport.Stage.FREEZE);
        boolean stable = false;
        long pause = FIRST_PAUSE_MILLIS;
        while (!stable && Instant.now().isBefore(deadline)) {
            List<ProcessInfo> running = t.alive().stream().filter(p -> !isStopped(p)).toList();
            t.deliver(running, List.of(Signal.STOP));
            if (!sleep(pause)) {
                return;
            }
            pause = Math.min(pause * 2, MAX_PAUSE_MILLIS);
            stable = t.read().isEmpty() && t.alive().stream().allMatch(FamilyTerminator::isStopped);
        }
    }

    private static boolean isStopped(ProcessInfo p) {
        return p.state() == ProcessState.STOPPED || p.state() == ProcessState.TRACED;
    }

    private static List<Survivor> survivors(Termination t, Signal last) {
        List<Survivor> out = new ArrayList<>();
        for (ProcessInfo p : t.alive()) {
            out.add(new Survivor(p, t.unreadable(p.key()).map(SurvivorReasons::unreadable)
                    .orElseGet(() -> SurvivorReasons.explain(p, t.deliveries(), last))));
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
