package dev.progeny.probes.posix;

import java.util.Arrays;
import java.util.List;

/**
 * Exactly what one {@code posix_spawn} call will be given: the file, argv and the full
 * environment, flags, process group, raw signal sets and file actions in order. Built by a pure
 * per-OS planner (so every flag choice is tested on any OS) and carried out by
 * {@link PosixSpawner}. Immutable and thread-safe.
 *
 * @param path       the file to exec, absolute
 * @param argv       argv
 * @param envp       {@code NAME=value} strings
 * @param flags      the OS's POSIX_SPAWN_* bits
 * @param pgroup     the process group for POSIX_SPAWN_SETPGROUP (0: the child's own pid)
 * @param sigmask    the raw {@code sigset_t} for POSIX_SPAWN_SETSIGMASK (all zero: nothing blocked)
 * @param sigdefault the raw {@code sigset_t} for POSIX_SPAWN_SETSIGDEF
 * @param actions    file actions, applied by libc in this order
 */
public record SpawnPlan(String path, List<String> argv, List<String> envp, short flags, int pgroup, byte[] sigmask,
                        byte[] sigdefault, List<FileAction> actions) {

    public SpawnPlan {
        argv = List.copyOf(argv);
        envp = List.copyOf(envp);
        sigmask = sigmask.clone();
        sigdefault = sigdefault.clone();
        actions = List.copyOf(actions);
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
        return o instanceof SpawnPlan p && path.equals(p.path) && argv.equals(p.argv) && envp.equals(p.envp)
                && flags == p.flags && pgroup == p.pgroup && Arrays.equals(sigmask, p.sigmask)
                && Arrays.equals(sigdefault, p.sigdefault) && actions.equals(p.actions);
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

        /** {@code addchdir_np(path)} (glibc 2.29, FreeBSD 13.1, macOS 10.15). */
        record Chdir(String path) implements FileAction {
        }

        /** {@code addclosefrom_np(lowFd)}: close every fd from {@code lowFd} up (glibc 2.34, FreeBSD 13.1). */
        record CloseFrom(int lowFd) implements FileAction {
        }

        /** glibc 2.35 {@code addtcsetpgrp_np(fd)}: the child's group takes terminal {@code fd}'s foreground. */
        record TcSetPgrp(int fd) implements FileAction {
        }

        /** macOS {@code addinherit_np(fd)}: keep {@code fd} open under CLOEXEC_DEFAULT. */
        record Inherit(int fd) implements FileAction {
        }
    }
}
