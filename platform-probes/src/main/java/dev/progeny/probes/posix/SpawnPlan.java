package dev.progeny.probes.posix;

import dev.progeny.probes.bsd.BsdSpawner;
import java.util.Arrays;
import java.util.List;

/**
 * Exactly what one {@code posix_spawnp} call will be given: flags, process group, raw signal
 * sets, file actions in order, argv and the full environment. Built by a pure per-OS planner
 * (so every flag choice is tested on any OS) and carried out by {@link BsdSpawner} on
 * FreeBSD and macOS. Immutable and thread-safe.
 *
 * @param flags      the OS's POSIX_SPAWN_* bits
 * @param pgroup     the process group for POSIX_SPAWN_SETPGROUP (0: the child's own pid)
 * @param sigmask    the raw {@code sigset_t} for POSIX_SPAWN_SETSIGMASK (all zero: nothing blocked)
 * @param sigdefault the raw {@code sigset_t} for POSIX_SPAWN_SETSIGDEF
 * @param actions    file actions, applied by libc in this order
 * @param argv       argv; {@code argv.get(0)} is looked up in PATH
 * @param envp       {@code NAME=value} strings
 */
public record SpawnPlan(short flags, int pgroup, byte[] sigmask, byte[] sigdefault, List<FileAction> actions,
                        List<String> argv, List<String> envp) {

    public SpawnPlan {
        sigmask = sigmask.clone();
        sigdefault = sigdefault.clone();
        actions = List.copyOf(actions);
        argv = List.copyOf(argv);
        envp = List.copyOf(envp);
    }

    @Override
    public byte[] sigmask() {
        return sigmask.clone();
    }

    @Override
    public byte[] sigdefault() {
        return sigdefault.clone();
    }

    public boolean hasFlag(short flag) {
        return (flags & flag) == flag;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SpawnPlan p && flags == p.flags && pgroup == p.pgroup
                && Arrays.equals(sigmask, p.sigmask) && Arrays.equals(sigdefault, p.sigdefault)
                && actions.equals(p.actions) && argv.equals(p.argv) && envp.equals(p.envp);
    }

    @Override
    public int hashCode() {
        return (31 * flags + pgroup) * 31 + argv.hashCode();
    }

    /** One {@code posix_spawn_file_actions_*} entry. */
    public sealed interface FileAction {
        /** {@code adddup2(fd, newFd)}. */
        record Dup2(int fd, int newFd) implements FileAction {
        }

        /** {@code addopen(fd, path, oflag, 0)}. */
        record Open(int fd, String path, int oflag) implements FileAction {
        }

        /** {@code addchdir_np(path)} (FreeBSD 13.1+, macOS 10.15+). */
        record Chdir(String path) implements FileAction {
        }

        /** FreeBSD {@code addclosefrom_np(lowFd)}: close every fd from {@code lowFd} up. */
        record CloseFrom(int lowFd) implements FileAction {
        }

        /** macOS {@code addinherit_np(fd)}: keep {@code fd} open under CLOEXEC_DEFAULT. */
        record Inherit(int fd) implements FileAction {
        }
    }
}
