package dev.progeny.probes.macos;

import dev.progeny.probes.launch.Containment;
import dev.progeny.probes.launch.Isolation;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.posix.SignalSets;
import dev.progeny.probes.posix.SpawnPlan;
import dev.progeny.probes.posix.SpawnPlan.FileAction;
import dev.progeny.probes.posix.SpawnRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a spawn request into macOS {@code posix_spawn} settings, and says what contains a macOS
 * launch. Pure (tested on Linux); thread-safe.
 *
 * <p>POSIX_SPAWN_SETSID for a new session <em>or</em> POSIX_SPAWN_SETPGROUP for a new group,
 * never both (xnu applies SETPGROUP first, then setsid fails with EPERM on a group leader).
 * An empty signal mask and every signal at its default, as on the other OSes. macOS has no
 * closefrom file action, so POSIX_SPAWN_CLOEXEC_DEFAULT closes every fd that no file action
 * names: stdin/stdout/stderr are named explicitly (dup2/open targets, or addinherit_np).
 */
public final class MacOsSpawnPlanner {
    static final String NO_REAPER = "macOS has no subreaper: orphans go to launchd and cannot be adopted;"
            + " Progeny still finds them by lineage and the launch tag";

    private MacOsSpawnPlanner() {
    }

    public static SpawnPlan plan(SpawnRequest request) {
        short isolation = request.isolation() == Isolation.SESSION
                ? MacOsConstants.POSIX_SPAWN_SETSID : MacOsConstants.POSIX_SPAWN_SETPGROUP;
        short flags = (short) (isolation | MacOsConstants.POSIX_SPAWN_SETSIGMASK
                | MacOsConstants.POSIX_SPAWN_SETSIGDEF | MacOsConstants.POSIX_SPAWN_CLOEXEC_DEFAULT);
        return new SpawnPlan(request.executable().toString(), request.argv(), request.envp(), flags, 0,
                SignalSets.empty(MacOsConstants.SIGSET_BYTES), defaultSignals(), actions(request));
    }

    /**
     * The containment a macOS launch of {@code spec} has: its group or session, the environment
     * tag when asked for. No reaper, subreaper or cgroup exists on macOS: those asked for are
     * reported as unavailable, and orphans go to launchd.
     */
    public static void containment(LaunchSpec spec, Set<Containment> inForce, Map<Containment, String> unavailable) {
        inForce.add(spec.isolation() == Isolation.SESSION ? Containment.SESSION : Containment.PROCESS_GROUP);
        for (Containment asked : spec.containment()) {
            switch (asked) {
                case ENVIRONMENT_TAG -> inForce.add(Containment.ENVIRONMENT_TAG);
                case SUBREAPER, REAPER -> unavailable.put(asked, NO_REAPER);
                case CGROUP -> unavailable.put(asked, "macOS has no cgroups");
                case PROCESS_GROUP, SESSION -> {
                    // Chosen by the isolation, not by this set.
                }
            }
        }
    }

    /** Signals 1..31 except SIGKILL and SIGSTOP. */
    static byte[] defaultSignals() {
        return SignalSets.allExcept(MacOsConstants.SIGSET_BYTES, MacOsConstants.SIGNAL_MAX, MacOsSignals.KILL,
                MacOsSignals.STOP);
    }

    private static List<FileAction> actions(SpawnRequest request) {
        List<FileAction> actions = new ArrayList<>();
        if (request.stdio() instanceof SpawnRequest.Stdio.Captured c) {
            actions.addAll(c.actions(MacOsConstants.O_RDONLY));
        } else {
            for (int fd = 0; fd <= 2; fd++) {
                actions.add(new FileAction.Inherit(fd));
            }
        }
        request.directory().ifPresent(dir -> actions.add(new FileAction.Chdir(dir.toString())));
        return actions;
    }
}
