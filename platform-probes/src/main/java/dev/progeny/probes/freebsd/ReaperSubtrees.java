package dev.progeny.probes.freebsd;

import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.launch.Container;
import dev.progeny.probes.terminate.Delivery.Outcome;
import dev.progeny.probes.terminate.SignalGuard;
import dev.progeny.probes.terminate.SignalSender.ContainerKill;
import dev.progeny.probes.terminate.TargetReading;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * FreeBSD's container: a launch's subtree under Progeny as procctl reaper
 * ({@link Container.ReaperSubtree}), listed with {@code PROC_REAP_GETPIDS} and killed with
 * {@code PROC_REAP_KILL} and {@code REAPER_KILL_SUBTREE}. The one place that turns the subtree
 * into procctl calls: the launch probe and the signal sender both ask here. Thread-safe.
 */
final class ReaperSubtrees {
    private final ProcctlReaper reaper;
    private final Optional<String> reaperMissing;
    private final SignalGuard guard;
    private final IntFunction<TargetReading> lookup;

    /** {@code lookup} reads one process afresh from the kernel (not from a snapshot). */
    ReaperSubtrees(ProcctlReaper reaper, Optional<String> reaperMissing, SignalGuard guard,
                   IntFunction<TargetReading> lookup) {
        this.reaper = reaper;
        this.reaperMissing = reaperMissing;
        this.guard = guard;
        this.lookup = lookup;
    }

    /**
     * The pids the reaper lists with {@code pi_subtree} = the launch's root, zombies included;
     * none without the reaper, when the subtree may be another's (see {@link #reused}) or when the
     * list cannot be read (membership then rests on the other mechanisms).
     */
    Collection<Integer> pids(Container container) {
        if (!(container instanceof Container.ReaperSubtree(ProcessKey root)) || reaperMissing.isPresent()
                || reused(root).isPresent()) {
            return List.of();
        }
        try {
            return reaper.descendants().stream().filter(p -> p.subtree() == root.pid()).map(ReaperPid::pid).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** SIGKILL to every process of the launch's subtree, in one procctl call. */
    ContainerKill kill(Container container) {
        if (!(container instanceof Container.ReaperSubtree(ProcessKey root))) {
            return new ContainerKill(Outcome.UNSUPPORTED, "FreeBSD has no cgroups");
        }
        if (reaperMissing.isPresent()) {
            // procctl would act on Progeny's own reaper (init, say), whose subtrees are other people's.
            return new ContainerKill(Outcome.UNSUPPORTED, reaperMissing.get());
        }
        Optional<String> refusal = guard.refuseProcess(root.pid()).or(() -> reused(root));
        if (refusal.isPresent()) {
            return new ContainerKill(Outcome.REFUSED, refusal.get());
        }
        try {
            // PROC_REAP_KILL reaches only descendants of the reaper, Progeny (never Progeny itself,
            // nor init), and with REAPER_KILL_SUBTREE only those whose reaper subtree is the root's
            // pid: this launch's processes, wherever they have moved. Newer kernels stop each one
            // while signalling it and walk the list again until no one new turns up
            // (sys/kern/kern_procctl.c, reap_kill_subtree), so no member can fork away from it.
            ReaperKill.Result r = reaper.kill(ReaperKill.subtree(FreeBsdSignals.KILL, root.pid()));
            String detail = "procctl(PROC_REAP_KILL, REAPER_KILL_SUBTREE " + root.pid() + "): " + r.killed()
                    + " killed" + (r.firstFailedPid() == -1 ? "" : ", first failure at pid " + r.firstFailedPid());
            return new ContainerKill(r.killed() > 0 ? Outcome.SENT : Outcome.GONE, detail);
        } catch (IOException e) {
            return new ContainerKill(Outcome.FAILED, e.getMessage());
        }
    }

    /**
     * The subtree is named by the root's pid: once the root has been reaped, a new child of
     * Progeny may get that pid and its subtree the same number. So a root pid that now names
     * another process stops the subtree's use, and so does one that cannot be read. (A pid taken
     * in the microseconds between this check and the procctl call is the remaining race, as with
     * kill(2).)
     */
    private Optional<String> reused(ProcessKey root) {
        return switch (lookup.apply(root.pid())) {
            case TargetReading.Present now -> guard.refuseStale(root, now.startTime());
            case TargetReading.Absent absent -> Optional.empty();
            case TargetReading.Unreadable u -> Optional.of("cannot tell whether pid " + root.pid()
                    + " still names the launch's root: " + u.reason());
        };
    }
}
