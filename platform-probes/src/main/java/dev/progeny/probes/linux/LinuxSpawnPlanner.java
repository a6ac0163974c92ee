package dev.progeny.probes.linux;

import dev.progeny.probes.Signal;
import dev.progeny.probes.launch.Isolation;
import dev.progeny.probes.posix.SignalSets;
import dev.progeny.probes.posix.SpawnPlan;
import dev.progeny.probes.posix.SpawnPlan.FileAction;
import dev.progeny.probes.posix.SpawnRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a spawn request into glibc {@code posix_spawn} settings (see docs/decisions/0001) for a
 * clean child: empty signal mask, every catchable signal at its default disposition (glibc's
 * internal 32 and 33 included), only fds 0-2 open, and a new process group or a new session.
 * Pure (tested without spawning); thread-safe.
 */
public final class LinuxSpawnPlanner {
    /** Highest signal number on Linux ({@code __SIGRTMAX}, glibc bits/signum-arch.h). */
    private static final int SIGRTMAX = 64;

    private LinuxSpawnPlanner() {
    }

    public static SpawnPlan plan(SpawnRequest request) {
        short flags = (short) (LinuxSpawnLibc.POSIX_SPAWN_SETSIGMASK | LinuxSpawnLibc.POSIX_SPAWN_SETSIGDEF);
        // SETSID already makes the child a group leader; adding SETPGROUP would fail EPERM.
        flags |= request.isolation() == Isolation.SESSION
                ? LinuxSpawnLibc.POSIX_SPAWN_SETSID : LinuxSpawnLibc.POSIX_SPAWN_SETPGROUP;
        return new SpawnPlan(request.executable().toString(), request.argv(), request.envp(), flags, 0,
                SignalSets.empty(LinuxSpawnLibc.SIGSET_SIZE), defaultSignals(), actions(request));
    }

    /**
     * Signals 1..64 minus SIGKILL and SIGSTOP. Set as raw bits because sigaddset refuses glibc's
     * internal signals 32 and 33, which the spawn helper otherwise leaves ignored
     * (platform-facts §2.5.3).
     */
    static byte[] defaultSignals() {
        return SignalSets.allExcept(LinuxSpawnLibc.SIGSET_SIZE, SIGRTMAX, LinuxSignals.TABLE.number(Signal.KILL),
                LinuxSignals.TABLE.number(Signal.STOP));
    }

    private static List<FileAction> actions(SpawnRequest request) {
        List<FileAction> actions = new ArrayList<>();
        switch (request.stdio()) {
            case SpawnRequest.Stdio.Captured c -> actions.addAll(c.actions(LinuxSpawnLibc.O_RDONLY));
            case SpawnRequest.Stdio.Inherited i -> {
                if (i.foreground()) {
                    // Done in the child while glibc blocks all signals, so no SIGTTOU stops it.
                    actions.add(new FileAction.TcSetPgrp(0));
                }
            }
        }
        request.directory().ifPresent(dir -> actions.add(new FileAction.Chdir(dir.toString())));
        // The JVM opens files without O_CLOEXEC (platform-facts §2.5.4): close them all.
        actions.add(new FileAction.CloseFrom(3));
        return actions;
    }
}
