package dev.progeny.probes.terminate;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.ProcessState;
import dev.progeny.probes.ProcessTable;
import dev.progeny.probes.Signal;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.launch.Container;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tiny simulated process table and signal sender, so the escalation's stages can be driven
 * deterministically where real processes race. Each process may ignore TERM or breed (fork a
 * child, itself a breeder, at every reading while it runs); SIGKILL takes effect at the next
 * reading, after breeders have bred, which is how a family "forks faster than it dies". A process
 * in uninterruptible sleep (D) holds every signal until it wakes. Every process is in a group of
 * its own, so signals go process by process. Not thread-safe.
 */
final class SimulatedProcesses implements ProcessTable, SignalSender {
    static final int SESSION = 500;

    private final SignalGuard guard = new SignalGuard(99_999, 99_998, 99_997);
    private final Map<Integer, Proc> procs = new LinkedHashMap<>();
    private final List<String> sent = new ArrayList<>();
    private int nextPid = 1000;
    private int snapshots;

    private static final class Proc {
        final int pid;
        final int ppid;
        final boolean ignoresTerm;
        final boolean breeds;
        ProcessState state = ProcessState.SLEEPING;
        boolean termPending;
        boolean killed;
        Instant wakes = Instant.MIN;
        final List<Signal> held = new ArrayList<>();

        Proc(int pid, int ppid, boolean ignoresTerm, boolean breeds) {
            this.pid = pid;
            this.ppid = ppid;
            this.ignoresTerm = ignoresTerm;
            this.breeds = breeds;
        }
    }

    int spawn(int ppid, boolean ignoresTerm, boolean breeds) {
        int pid = nextPid++;
        procs.put(pid, new Proc(pid, ppid, ignoresTerm, breeds));
        return pid;
    }

    /** A process in uninterruptible sleep for {@code sleep}: signals to it wait until it wakes. */
    int spawnInDiskSleep(int ppid, Duration sleep) {
        int pid = spawn(ppid, true, false);
        Proc p = procs.get(pid);
        p.state = ProcessState.DISK_SLEEP;
        p.wakes = Instant.now().plus(sleep);
        return pid;
    }

    void stop(int pid) {
        procs.get(pid).state = ProcessState.STOPPED;
    }

    void zombie(int pid) {
        procs.get(pid).state = ProcessState.ZOMBIE;
    }

    /** Every signal sent, as "SIGNAME pid", in order. */
    List<String> sent() {
        return sent;
    }

    /** How many times the table was read. */
    int snapshots() {
        return snapshots;
    }

    boolean anyAlive() {
        return procs.values().stream().anyMatch(p -> p.state.isAlive());
    }

    @Override
    public Snapshot snapshot() {
        snapshots++;
        for (Proc p : List.copyOf(procs.values())) {
            if (p.state == ProcessState.DISK_SLEEP && !Instant.now().isBefore(p.wakes)) {
                p.state = ProcessState.SLEEPING;
                p.held.forEach(s -> apply(p, s));
            }
            if (p.breeds && p.state.isAlive() && p.state != ProcessState.STOPPED) {
                spawn(p.pid, p.ignoresTerm, true);
            }
        }
        procs.values().removeIf(p -> p.killed);
        List<ProcessInfo> out = new ArrayList<>();
        for (Proc p : procs.values()) {
            out.add(ProcessInfo.builder(p.pid).ppid(p.ppid).sid(SESSION).state(p.state).startTime(p.pid).name("sim").build());
        }
        return new Snapshot(Instant.now(), out);
    }

    @Override
    public SignalGuard guard() {
        return guard;
    }

    @Override
    public List<Delivery> send(ProcessKey target, List<Signal> signals) {
        List<Delivery> out = new ArrayList<>();
        for (Signal s : signals) {
            Proc p = procs.get(target.pid());
            if (p == null || !p.state.isAlive() || p.killed) {
                out.add(new Delivery(target, Delivery.Scope.PROCESS, s, Instant.now(), Delivery.Outcome.GONE, "exited"));
                continue;
            }
            sent.add(s.fullName() + " " + p.pid);
            apply(p, s);
            out.add(new Delivery(target, Delivery.Scope.PROCESS, s, Instant.now(), Delivery.Outcome.SENT, ""));
        }
        return out;
    }

    private void apply(Proc p, Signal s) {
        if (p.state == ProcessState.DISK_SLEEP) {
            p.held.add(s);
            return;
        }
        switch (s) {
            case TERM -> {
                if (p.state == ProcessState.STOPPED) {
                    p.termPending = !p.ignoresTerm;
                } else if (!p.ignoresTerm) {
                    procs.remove(p.pid);
                }
            }
            case CONT -> {
                p.state = ProcessState.SLEEPING;
                if (p.termPending) {
                    procs.remove(p.pid);
                }
            }
            case STOP -> p.state = ProcessState.STOPPED;
            case KILL -> p.killed = true;
            default -> throw new IllegalArgumentException("not simulated: " + s);
        }
    }

    @Override
    public List<Delivery> sendToGroup(ProcessKey member, int pgid, SignalGuard.GroupOwner owner, List<Signal> signals) {
        return signals.stream().map(s -> new Delivery(member, Delivery.Scope.GROUP, s, Instant.now(),
                Delivery.Outcome.UNSUPPORTED, "simulated")).toList();
    }

    @Override
    public ContainerKill killContainer(Container container) {
        throw new UnsupportedOperationException("no container in the simulation");
    }

    @Override
    public boolean cgroupPopulated(Path cgroup) {
        return false;
    }
}
