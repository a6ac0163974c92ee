package dev.progeny.probes.macos;

import com.sun.jna.Pointer;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.bsd.BsdLibc;
import dev.progeny.probes.bsd.EnvironmentTagProbe;
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
 * macOS's part of the one launch sequence: {@link MacOsSpawnPlanner}'s settings on libc-allocated
 * handles, the foreground handed over by Progeny while the root waits stopped, the limits set by
 * the wrapper shell ({@link MacOsLimitPlanner}). macOS has no subreaper: orphans go to launchd
 * (pid 1) and cannot be adopted. The family is the new group or session, the lineage remembered
 * across snapshots and the environment tag. Thread-safe. Compiled and planned on every OS, run
 * only on macOS (not verified on a live kernel).
 */
final class MacOsLaunching {
    private MacOsLaunching() {
    }

    static LaunchBinding binding(MacOsLibc libc, MacOsProcessTable table) {
        return new LaunchBinding(
                new LaunchErrors(MacOsConstants.ENOENT, MacOsConstants.ENOTDIR, MacOsConstants.EACCES,
                        MacOsConstants.ENOEXEC, MacOsConstants.EINTR),
                new Terminal(MacOsSignals.TABLE, MacOsConstants.SIGSET_BYTES, MacOsConstants.SIG_BLOCK,
                        MacOsConstants.SIG_SETMASK),
                MacOsLaunching::contain, MacOsSpawnPlanner::plan, false,
                new PosixSpawner(libc, BsdLibc.SPAWN_HANDLE_BYTES, BsdLibc.SPAWN_HANDLE_BYTES,
                        (actions, action) -> inherit(libc, actions, action)),
                // Our unreaped child is listed even once exited (kern.proc covers zombies).
                pid -> table.process(pid).map(ProcessInfo::startTime).orElse(0L),
                new EnvironmentTagProbe(table::environment));
    }

    private static LaunchBinding.Contained contain(LaunchSpec spec, String id) {
        Set<Containment> inForce = EnumSet.noneOf(Containment.class);
        Map<Containment, String> unavailable = new EnumMap<>(Containment.class);
        MacOsSpawnPlanner.containment(spec, inForce, unavailable);
        return new LaunchBinding.Contained(inForce, unavailable, Optional.empty(),
                MacOsLimitPlanner.plan(spec.limits()));
    }

    private static int inherit(MacOsLibc libc, Pointer fileActions, FileAction action) {
        if (!(action instanceof FileAction.Inherit i)) {
            throw new IllegalArgumentException(action + " does not exist on macOS");
        }
        return libc.posix_spawn_file_actions_addinherit_np(fileActions, i.fd());
    }
}
