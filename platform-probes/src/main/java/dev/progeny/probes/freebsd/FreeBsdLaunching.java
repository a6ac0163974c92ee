package dev.progeny.probes.freebsd;

import com.sun.jna.Pointer;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.bsd.BsdLibc;
import dev.progeny.probes.bsd.EnvironmentTagProbe;
import dev.progeny.probes.launch.Container;
import dev.progeny.probes.launch.Containment;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.posix.LaunchBinding;
import dev.progeny.probes.posix.LaunchErrors;
import dev.progeny.probes.posix.PosixSpawner;
import dev.progeny.probes.posix.SpawnPlan.FileAction;
import dev.progeny.probes.posix.Terminal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * FreeBSD's part of the one launch sequence: a new process group (FreeBSD cannot start a session
 * from posix_spawn), {@link FreeBsdSpawnPlanner}'s settings on libc-allocated handles, the
 * foreground handed over by Progeny while the root waits stopped, the limits set by the wrapper
 * shell ({@link FreeBsdLimitPlanner}). While Progeny holds the procctl
 * reaper, the launch's reaper subtree is its container: every process forked under the root stays
 * a member, whatever it does with its group or environment, and orphans come back to Progeny.
 * Thread-safe. Compiled and planned on every OS, run only on FreeBSD (not verified on a live kernel).
 */
final class FreeBsdLaunching implements LaunchBinding.Containing {
    private final Optional<String> reaperMissing;
    private final FreeBsdLimitPlanner limits;

    private FreeBsdLaunching(Optional<String> reaperMissing, FreeBsdLimitPlanner limits) {
        this.reaperMissing = reaperMissing;
        this.limits = limits;
    }

    static LaunchBinding binding(FreeBsdLibc libc, FreeBsdProcessTable table, Optional<String> reaperMissing,
                                 ReaperSubtrees subtrees) {
        return new LaunchBinding(
                new LaunchErrors(FreeBsdConstants.ENOENT, FreeBsdConstants.ENOTDIR, FreeBsdConstants.EACCES,
                        FreeBsdConstants.ENOEXEC, FreeBsdConstants.EINTR),
                new Terminal(FreeBsdSignals.TABLE, FreeBsdConstants.SIGSET_BYTES, FreeBsdConstants.SIG_BLOCK,
                        FreeBsdConstants.SIG_SETMASK),
                new FreeBsdLaunching(reaperMissing, new FreeBsdLimitPlanner(libc)), FreeBsdSpawnPlanner::plan, false,
                new PosixSpawner(libc, BsdLibc.SPAWN_HANDLE_BYTES, BsdLibc.SPAWN_HANDLE_BYTES,
                        (actions, action) -> closeFrom(libc, actions, action)),
                // KERN_PROC_PID may not find a child that already exited; the full table lists
                // zombies, and ours stays one until its launch reaps it.
                pid -> table.process(pid).or(() -> table.listed(pid)).map(ProcessInfo::startTime).orElse(0L),
                new EnvironmentTagProbe(table::environment, subtrees::pids));
    }

    @Override
    public LaunchBinding.Contained contain(LaunchSpec spec, String id) {
        Set<Containment> inForce = EnumSet.noneOf(Containment.class);
        Map<Containment, String> unavailable = new EnumMap<>(Containment.class);
        FreeBsdSpawnPlanner.containment(spec, reaperMissing, inForce, unavailable);
        return new LaunchBinding.Contained(inForce, unavailable, Optional.empty(), limits.plan(spec.limits()));
    }

    /**
     * The root is a direct child of Progeny, the reaper, so everything forked under it carries the
     * root's pid as its reaper subtree.
     */
    @Override
    public Optional<Container> container(ProcessKey root, LaunchBinding.Contained contained) {
        return contained.inForce().contains(Containment.REAPER)
                ? Optional.of(new Container.ReaperSubtree(root)) : Optional.empty();
    }

    private static int closeFrom(FreeBsdLibc libc, Pointer fileActions, FileAction action) {
        if (!(action instanceof FileAction.CloseFrom c)) {
            throw new IllegalArgumentException(action + " does not exist on FreeBSD");
        }
        try {
            return libc.posix_spawn_file_actions_addclosefrom_np(fileActions, c.lowFd());
        } catch (UnsatisfiedLinkError e) {
            // FBSD_1.7 symbol: without it the JVM's open files would leak into every child.
            throw new UnsupportedOperationException("launching needs FreeBSD 13.1 or newer"
                    + " (posix_spawn_file_actions_addclosefrom_np)", e);
        }
    }
}
