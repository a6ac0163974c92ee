package dev.progeny.probes.posix;

import com.sun.jna.Library;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;

/**
 * The {@code posix_spawn} calls, with the C signatures every OS shares (POSIX spawn.h;
 * {@code addchdir_np} glibc 2.29, FreeBSD 13.1, macOS 10.15). What a handle argument points at
 * differs: a caller-allocated struct on Linux (glibc posix/spawn.h: 336 and 80 bytes), the address
 * of a slot holding a libc-allocated handle on FreeBSD and macOS (8 bytes); {@link PosixSpawner}
 * allocates what the OS says. Not loaded by itself; thread-safe (JNA). These calls return an
 * error number directly.
 */
public interface SpawnCalls extends Library {
    /** argv and envp: JNA passes a {@code String[]} as a NULL-terminated {@code char *[]}. */
    int posix_spawn(IntByReference pid, String path, Pointer fileActions, Pointer attr, String[] argv, String[] envp);

    int posix_spawnattr_init(Pointer attr);

    int posix_spawnattr_destroy(Pointer attr);

    /** The flags are a C {@code short} on every OS. */
    int posix_spawnattr_setflags(Pointer attr, short flags);

    int posix_spawnattr_setpgroup(Pointer attr, int pgroup);

    int posix_spawnattr_setsigmask(Pointer attr, Pointer sigset);

    int posix_spawnattr_setsigdefault(Pointer attr, Pointer sigset);

    int posix_spawn_file_actions_init(Pointer fileActions);

    int posix_spawn_file_actions_destroy(Pointer fileActions);

    int posix_spawn_file_actions_adddup2(Pointer fileActions, int fd, int newFd);

    int posix_spawn_file_actions_addopen(Pointer fileActions, int fd, String path, int oflag, int mode);

    int posix_spawn_file_actions_addchdir_np(Pointer fileActions, String path);
}
