package dev.progeny.probes.bsd;

import com.sun.jna.Native;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Signal;
import dev.progeny.probes.SignalTable;
import dev.progeny.probes.launch.Container;
import dev.progeny.probes.posix.PosixLibc;
import dev.progeny.probes.terminate.Delivery.Outcome;
import dev.progeny.probes.terminate.Delivery.Scope;
import dev.progeny.probes.terminate.Delivery;
import dev.progeny.probes.terminate.SignalGuard.GroupOwner;
import dev.progeny.probes.terminate.SignalGuard.Verdict;
import dev.progeny.probes.terminate.SignalGuard;
import dev.progeny.probes.terminate.SignalSender;
import dev.progeny.probes.terminate.TargetReading;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Signals with plain {@code kill(2)} right after re-reading the target and letting the
 * {@link SignalGuard} check it: FreeBSD and macOS, which have no pidfds (a pid reused in the
 * microseconds between the check and the kill is the remaining, documented race). Thread-safe
 * if the lookup is.
 */
public final class KillSignalSender implements SignalSender {
    /** The errno values kill(2) reports, from the OS's own errno.h. */
    public record Errnos(int esrch, int eperm) {
    }

    private final SignalGuard guard;
    private final SignalTable signals;
    private final IntFunction<TargetReading> lookup;
    private final Errnos errnos;
    private final Function<Container, ContainerKill> containers;

    /** For an OS with no kind of container (macOS): every container kill is unsupported. */
    public KillSignalSender(SignalGuard guard, SignalTable signals, IntFunction<TargetReading> lookup,
                            Errnos errnos) {
        this(guard, signals, lookup, errnos, container -> new ContainerKill(Outcome.UNSUPPORTED,
                signals.os() + " cannot kill a " + container.getClass().getSimpleName()));
    }

    /**
     * {@code lookup} reads one process afresh from the kernel (not from a snapshot), telling an
     * absent one from one it could not read;
     * {@code containers} kills a whole container the OS has (FreeBSD's reaper subtree).
     */
    public KillSignalSender(SignalGuard guard, SignalTable signals, IntFunction<TargetReading> lookup,
                            Errnos errnos, Function<Container, ContainerKill> containers) {
        this.guard = guard;
        this.signals = signals;
        this.lookup = lookup;
        this.errnos = errnos;
        this.containers = containers;
    }

    @Override
    public SignalGuard guard() {
        return guard;
    }

    @Override
    public List<Delivery> send(ProcessKey target, List<Signal> list) {
        List<Delivery> out = new ArrayList<>(list.size());
        for (Signal s : list) {
            Verdict verdict = guard.checkProcess(target, reading(target.pid()));
            out.add(verdict instanceof Verdict.Send ? kill(target, Scope.PROCESS, s, target.pid())
                    : delivery(target, Scope.PROCESS, s, verdict.outcome(), verdict.detail()));
        }
        return out;
    }

    @Override
    public List<Delivery> sendToGroup(ProcessKey member, int pgid, GroupOwner owner, List<Signal> list) {
        List<Delivery> out = new ArrayList<>(list.size());
        for (Signal s : list) {
            Verdict verdict = guard.checkGroupMember(member, pgid, owner, reading(member.pid()));
            out.add(verdict instanceof Verdict.Send ? kill(member, Scope.GROUP, s, -pgid)
                    : delivery(member, Scope.GROUP, s, verdict.outcome(), verdict.detail()));
        }
        return out;
    }

    @Override
    public ContainerKill killContainer(Container container) {
        return containers.apply(container);
    }

    /** No cgroups here, so no family is ever held in one. */
    @Override
    public boolean cgroupPopulated(Path cgroup) {
        return false;
    }

    private TargetReading reading(int pid) {
        return lookup.apply(pid);
    }

    private Delivery kill(ProcessKey target, Scope scope, Signal s, int killTarget) {
        if (PosixLibc.INSTANCE.kill(killTarget, signals.number(s)) == 0) {
            return delivery(target, scope, s, Outcome.SENT, "");
        }
        int errno = Native.getLastError();
        if (errno == errnos.esrch()) {
            return delivery(target, scope, s, Outcome.GONE, "exited (ESRCH)");
        }
        if (errno == errnos.eperm()) {
            return delivery(target, scope, s, Outcome.DENIED, "operation not permitted (EPERM)");
        }
        return delivery(target, scope, s, Outcome.FAILED, "errno " + errno + ": " + PosixLibc.INSTANCE.strerror(errno));
    }

    private static Delivery delivery(ProcessKey target, Scope scope, Signal s, Outcome outcome, String detail) {
        return new Delivery(target, scope, s, Instant.now(), outcome, detail);
    }
}
