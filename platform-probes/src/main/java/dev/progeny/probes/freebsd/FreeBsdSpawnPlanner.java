package dev.progeny.probes.freebsd;

import dev.progeny.probes.launch.Containment;
import dev.progeny.probes.launch.Isolation;
import dev.progeny.probes.launch.LaunchException;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.posix.SignalSets;
import dev.progeny.probes.posix.SpawnPlan;
import dev.progeny.probes.posix.SpawnPlan.FileAction;
import dev.progeny.probes.posix.SpawnRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a spawn request into FreeBSD {@code posix_spawn} settings, and says what contains a
 * FreeBSD launch. Pure (tested on Linux); thread-safe.
 *
 * <p>New process group with POSIX_SPAWN_SETPGROUP, an empty signal mask (JVM threads block
 * SIGQUIT), every signal at its default (the JVM may have inherited SIG_IGN), stdin from
 * /dev/null when output is captured, and every fd from 3 up closed with
 * {@code addclosefrom_np} (FreeBSD 13.1+; the JDK opens files without O_CLOEXEC). posix_spawn
 * has no terminal hand-over here: the launch sequence gives the foreground from Progeny's side,
 * while the root waits stopped before exec.
 *
 * <p>A new session is refused: FreeBSD's posix_spawn has no POSIX_SPAWN_SETSID (include/spawn.h
 * defines none, and setflags rejects unknown bits with EINVAL) and the base system ships no
 * setsid(1) to exec through. Rather than pretend, Progeny reports the capability as missing and
 * keeps the family with a process group plus the procctl reaper, which already brings back
 * members that call setsid() themselves.
 */
public final class FreeBsdSpawnPlanner {
    static final String NO_SESSION = "FreeBSD cannot start a command in a new session from posix_spawn"
            + " (there is no POSIX_SPAWN_SETSID); use a new process group: the reaper keeps the whole family";

    private FreeBsdSpawnPlanner() {
    }

    public static SpawnPlan plan(SpawnRequest request) throws LaunchException {
        if (request.isolation() == Isolation.SESSION) {
            throw new LaunchException(LaunchException.Reason.OTHER, NO_SESSION);
        }
        short flags = (short) (FreeBsdConstants.POSIX_SPAWN_SETPGROUP | FreeBsdConstants.POSIX_SPAWN_SETSIGMASK
                | FreeBsdConstants.POSIX_SPAWN_SETSIGDEF);
        return new SpawnPlan(request.executable().toString(), request.argv(), request.envp(), flags, 0,
                SignalSets.empty(FreeBsdConstants.SIGSET_BYTES), defaultSignals(), actions(request));
    }

    /**
     * The containment a FreeBSD launch of {@code spec} has: its process group, the reaper unless
     * {@code reaperMissing} says why not, the environment tag when asked for; SUBREAPER and CGROUP
     * are Linux's and are reported as unavailable with the FreeBSD equivalent.
     */
    public static void containment(LaunchSpec spec, Optional<String> reaperMissing, Set<Containment> inForce,
                                   Map<Containment, String> unavailable) {
        inForce.add(Containment.PROCESS_GROUP);
        Set<Containment> asked = spec.containment();
        if (asked.contains(Containment.REAPER)) {
            reaperMissing.ifPresentOrElse(why -> unavailable.put(Containment.REAPER, why),
                    () -> inForce.add(Containment.REAPER));
        }
        if (asked.contains(Containment.SUBREAPER)) {
            unavailable.put(Containment.SUBREAPER, "Linux's prctl subreaper; FreeBSD uses the procctl reaper");
        }
        if (asked.contains(Containment.CGROUP)) {
            unavailable.put(Containment.CGROUP, "FreeBSD has no cgroups");
        }
        if (asked.contains(Containment.ENVIRONMENT_TAG)) {
            inForce.add(Containment.ENVIRONMENT_TAG);
        }
    }

    /** Signals 1..128 except those whose disposition cannot or must not be set. */
    static byte[] defaultSignals() {
        return SignalSets.allExcept(FreeBsdConstants.SIGSET_BYTES, FreeBsdConstants.SIGNAL_MAX, FreeBsdSignals.KILL,
                FreeBsdSignals.STOP, FreeBsdConstants.SIGTHR);
    }

    private static List<FileAction> actions(SpawnRequest request) {
        List<FileAction> actions = new ArrayList<>();
        if (request.stdio() instanceof SpawnRequest.Stdio.Captured c) {
            actions.addAll(c.actions(FreeBsdConstants.O_RDONLY));
        }
        actions.add(new FileAction.CloseFrom(3));
        request.directory().ifPresent(dir -> actions.add(new FileAction.Chdir(dir.toString())));
        return actions;
    }
}
