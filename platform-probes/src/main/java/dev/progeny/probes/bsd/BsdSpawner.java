package dev.progeny.probes.bsd;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import dev.progeny.probes.launch.LaunchException;
import dev.progeny.probes.posix.SpawnPlan.FileAction;
import dev.progeny.probes.posix.SpawnPlan;

/**
 * Carries out a {@link SpawnPlan} with {@code posix_spawnp} where the attribute and file-action
 * types are libc-allocated handles (FreeBSD, macOS). Thread-safe: every call uses its own native
 * memory, freed before returning.
 */
public final class BsdSpawner {
    /** The OS-specific file actions ({@code _np} calls) and the errno-to-reason mapping. */
    public interface Os {
        /** Adds {@code action} (CloseFrom, Inherit) to {@code fileActions}; returns 0 or an errno. */
        int addExtra(Pointer fileActions, FileAction action);

        /** A launch error for {@code errno} returned by {@code step}. */
        LaunchException failure(String step, int errno, SpawnPlan plan);
    }

    private static final long HANDLE_BYTES = 8;

    private BsdSpawner() {
    }

    /** Spawns and returns the child's pid. */
    public static int spawn(BsdSpawnLibc libc, Os os, SpawnPlan plan) throws LaunchException {
        try (Memory attr = new Memory(HANDLE_BYTES); Memory actions = new Memory(HANDLE_BYTES);
             Memory sigmask = bytes(plan.sigmask()); Memory sigdefault = bytes(plan.sigdefault())) {
            check(os, plan, "posix_spawnattr_init", libc.posix_spawnattr_init(attr));
            try {
                check(os, plan, "posix_spawn_file_actions_init", libc.posix_spawn_file_actions_init(actions));
                try {
                    check(os, plan, "posix_spawnattr_setflags", libc.posix_spawnattr_setflags(attr, plan.flags()));
                    check(os, plan, "posix_spawnattr_setpgroup", libc.posix_spawnattr_setpgroup(attr, plan.pgroup()));
                    check(os, plan, "posix_spawnattr_setsigmask", libc.posix_spawnattr_setsigmask(attr, sigmask));
                    check(os, plan, "posix_spawnattr_setsigdefault",
                            libc.posix_spawnattr_setsigdefault(attr, sigdefault));
                    for (FileAction action : plan.actions()) {
                        check(os, plan, "file action " + action, add(libc, os, actions, action));
                    }
                    IntByReference pid = new IntByReference();
                    check(os, plan, "posix_spawnp", libc.posix_spawnp(pid, plan.argv().getFirst(), actions, attr,
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

    private static int add(BsdSpawnLibc libc, Os os, Pointer actions, FileAction action) {
        return switch (action) {
            case FileAction.Dup2 d -> libc.posix_spawn_file_actions_adddup2(actions, d.fd(), d.newFd());
            case FileAction.Open o -> libc.posix_spawn_file_actions_addopen(actions, o.fd(), o.path(), o.oflag(), 0);
            case FileAction.Chdir c -> libc.posix_spawn_file_actions_addchdir_np(actions, c.path());
            case FileAction.CloseFrom c -> os.addExtra(actions, c);
            case FileAction.Inherit i -> os.addExtra(actions, i);
        };
    }

    /** posix_spawn functions return the error number instead of setting errno. */
    private static void check(Os os, SpawnPlan plan, String step, int rc) throws LaunchException {
        if (rc != 0) {
            throw os.failure(step, rc == -1 ? Native.getLastError() : rc, plan);
        }
    }

    private static Memory bytes(byte[] data) {
        Memory m = new Memory(Math.max(data.length, 1));
        m.write(0, data, 0, data.length);
        return m;
    }
}
