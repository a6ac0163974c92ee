package dev.progeny.probes.posix;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import dev.progeny.probes.posix.SpawnPlan.FileAction;

/**
 * Carries out a {@link SpawnPlan} with {@code posix_spawn}: the one spawn binding, given the OS's
 * libc, how much memory its attribute and file-action handles take (glibc: the structs; FreeBSD
 * and macOS: a slot for a libc-allocated pointer) and its {@code _np} file actions. Thread-safe:
 * every call uses its own native memory, freed before returning.
 */
public final class PosixSpawner {
    /** The {@code _np} file actions an OS has beyond the POSIX ones; 0 or an errno. */
    @FunctionalInterface
    public interface Extras {
        int add(Pointer fileActions, FileAction action);
    }

    private final SpawnCalls libc;
    private final long attrBytes;
    private final long actionsBytes;
    private final Extras extras;

    public PosixSpawner(SpawnCalls libc, long attrBytes, long actionsBytes, Extras extras) {
        this.libc = libc;
        this.attrBytes = attrBytes;
        this.actionsBytes = actionsBytes;
        this.extras = extras;
    }

    /** Spawns and returns the child's pid once it has exec'd. */
    public int spawn(SpawnPlan plan) throws ErrnoException {
        try (Memory attr = new Memory(attrBytes); Memory actions = new Memory(actionsBytes);
             Memory sigmask = bytes(plan.sigmask()); Memory sigdefault = bytes(plan.sigdefault())) {
            check("posix_spawnattr_init", libc.posix_spawnattr_init(attr));
            try {
                check("posix_spawn_file_actions_init", libc.posix_spawn_file_actions_init(actions));
                try {
                    check("posix_spawnattr_setflags", libc.posix_spawnattr_setflags(attr, plan.flags()));
                    check("posix_spawnattr_setpgroup", libc.posix_spawnattr_setpgroup(attr, plan.pgroup()));
                    check("posix_spawnattr_setsigmask", libc.posix_spawnattr_setsigmask(attr, sigmask));
                    check("posix_spawnattr_setsigdefault", libc.posix_spawnattr_setsigdefault(attr, sigdefault));
                    for (FileAction action : plan.actions()) {
                        check("file action " + action, add(actions, action));
                    }
                    IntByReference pid = new IntByReference();
                    check("posix_spawn", libc.posix_spawn(pid, plan.path(), actions, attr,
                            plan.argv().toArray(String[]::new), plan.envp().toArray(String[]::new)));
                    return pid.getValue();
                } finally {
                    libc.posix_spawn_file_actions_destroy(actions);
                }
            } finally {
                libc.posix_spawnattr_destroy(attr);
            }
        }
    }

    private int add(Pointer actions, FileAction action) {
        return switch (action) {
            case FileAction.Dup2 d -> libc.posix_spawn_file_actions_adddup2(actions, d.fd(), d.newFd());
            case FileAction.Open o -> libc.posix_spawn_file_actions_addopen(actions, o.fd(), o.path(), o.oflag(), 0);
            case FileAction.Chdir c -> libc.posix_spawn_file_actions_addchdir_np(actions, c.path());
            case FileAction.CloseFrom c -> extras.add(actions, c);
            case FileAction.TcSetPgrp t -> extras.add(actions, t);
            case FileAction.Inherit i -> extras.add(actions, i);
        };
    }

    /** posix_spawn functions return the error number instead of setting errno. */
    private static void check(String step, int rc) throws ErrnoException {
        if (rc != 0) {
            throw new ErrnoException(step, rc);
        }
    }

    private static Memory bytes(byte[] data) {
        Memory m = new Memory(Math.max(data.length, 1));
        m.write(0, data, 0, data.length);
        return m;
    }
}
