package dev.progeny.probes.linux;

import com.sun.jna.Memory;
import com.sun.jna.StringArray;
import com.sun.jna.ptr.IntByReference;
import dev.progeny.probes.Signal;
import dev.progeny.probes.launch.Isolation;
import dev.progeny.probes.launch.LaunchException;
import java.util.List;
import java.util.Optional;

/**
 * One {@code posix_spawn} call with a clean child: empty signal mask, every catchable signal at
 * its default disposition (glibc's internal 32 and 33 included), only fds 0-2 open, and a new
 * process group or a new session. Linux/glibc. Stateless and thread-safe.
 */
final class PosixSpawn {
    /** Highest signal number on Linux ({@code __SIGRTMAX}, glibc bits/signum-arch.h). */
    private static final int SIGRTMAX = 64;

    /**
     * Where the child's fds 1 and 2 go: {@code -1} keeps Progeny's own (the terminal), and then
     * {@code foreground} hands the terminal on fd 0 to the child's new group.
     */
    record Stdio(int stdout, int stderr, boolean foreground) {
        static final Stdio INHERIT = new Stdio(-1, -1, false);
        static final Stdio INHERIT_FOREGROUND = new Stdio(-1, -1, true);

        boolean inherit() {
            return stdout < 0;
        }
    }

    /** posix_spawn failed; {@code errno} is its return value. */
    static final class SpawnError extends Exception {
        final int errno;

        SpawnError(int errno, String what) {
            super(what + ": " + LinuxErrors.describe(errno));
            this.errno = errno;
        }

        LaunchException toLaunchException(String command) {
            LaunchException.Reason reason = switch (errno) {
                case LinuxErrors.ENOENT -> LaunchException.Reason.NOT_FOUND;
                case LinuxErrors.EACCES, LinuxErrors.ENOEXEC -> LaunchException.Reason.NOT_EXECUTABLE;
                default -> LaunchException.Reason.OTHER;
            };
            return new LaunchException(reason, command + ": " + LinuxErrors.describe(errno));
        }
    }

    private PosixSpawn() {
    }

    /** Spawns {@code path} (an absolute path) and returns the child's pid once it has exec'd. */
    static int spawn(String path, List<String> argv, List<String> env, Optional<String> directory,
                     Isolation isolation, Stdio stdio) throws SpawnError {
        LinuxSpawnLibc c = LinuxSpawnLibc.INSTANCE;
        try (Memory attr = new Memory(LinuxSpawnLibc.SPAWNATTR_SIZE);
             Memory actions = new Memory(LinuxSpawnLibc.FILE_ACTIONS_SIZE);
             Memory emptyMask = new Memory(LinuxSpawnLibc.SIGSET_SIZE);
             Memory defaults = new Memory(LinuxSpawnLibc.SIGSET_SIZE)) {
            check(c.posix_spawnattr_init(attr), "posix_spawnattr_init");
            check(c.posix_spawn_file_actions_init(actions), "posix_spawn_file_actions_init");
            try {
                emptyMask.clear();
                defaults.clear();
                defaults.setLong(0, catchableSignals());
                short flags = (short) (LinuxSpawnLibc.POSIX_SPAWN_SETSIGMASK | LinuxSpawnLibc.POSIX_SPAWN_SETSIGDEF);
                // SETSID already makes the child a group leader; adding SETPGROUP would fail EPERM.
                flags |= isolation == Isolation.SESSION
                        ? LinuxSpawnLibc.POSIX_SPAWN_SETSID : LinuxSpawnLibc.POSIX_SPAWN_SETPGROUP;
                check(c.posix_spawnattr_setflags(attr, flags), "posix_spawnattr_setflags");
                check(c.posix_spawnattr_setpgroup(attr, 0), "posix_spawnattr_setpgroup");
                check(c.posix_spawnattr_setsigmask(attr, emptyMask), "posix_spawnattr_setsigmask");
                check(c.posix_spawnattr_setsigdefault(attr, defaults), "posix_spawnattr_setsigdefault");
                if (!stdio.inherit()) {
                    check(c.posix_spawn_file_actions_addopen(actions, 0, "/dev/null", LinuxSpawnLibc.O_RDONLY, 0),
                            "addopen /dev/null");
                    check(c.posix_spawn_file_actions_adddup2(actions, stdio.stdout(), 1), "adddup2 stdout");
                    check(c.posix_spawn_file_actions_adddup2(actions, stdio.stderr(), 2), "adddup2 stderr");
                }
                if (stdio.foreground()) {
                    // Done in the child while glibc blocks all signals, so no SIGTTOU stops it.
                    check(c.posix_spawn_file_actions_addtcsetpgrp_np(actions, 0), "addtcsetpgrp_np");
                }
                if (directory.isPresent()) {
                    check(c.posix_spawn_file_actions_addchdir_np(actions, directory.get()), "addchdir_np");
                }
                // The JVM opens files without O_CLOEXEC (platform-facts §2.5.4): close them all.
                check(c.posix_spawn_file_actions_addclosefrom_np(actions, 3), "addclosefrom_np");
                IntByReference pid = new IntByReference();
                int rc = c.posix_spawn(pid, path, actions, attr,
                        new StringArray(argv.toArray(String[]::new)), new StringArray(env.toArray(String[]::new)));
                if (rc != 0) {
                    throw new SpawnError(rc, path);
                }
                return pid.getValue();
            } finally {
                c.posix_spawn_file_actions_destroy(actions);
                c.posix_spawnattr_destroy(attr);
            }
        }
    }

    /**
     * Bits 0..63 of a sigset for signals 1..64 minus SIGKILL and SIGSTOP. Written raw because
     * sigaddset refuses glibc's internal signals 32 and 33, which the spawn helper otherwise
     * leaves ignored (platform-facts §2.5.3).
     */
    static long catchableSignals() {
        long bits = -1L >>> (Long.SIZE - SIGRTMAX);
        bits &= ~(1L << (LinuxSignals.TABLE.number(Signal.KILL) - 1));
        bits &= ~(1L << (LinuxSignals.TABLE.number(Signal.STOP) - 1));
        return bits;
    }

    private static void check(int rc, String what) throws SpawnError {
        if (rc != 0) {
            throw new SpawnError(rc, what);
        }
    }
}
