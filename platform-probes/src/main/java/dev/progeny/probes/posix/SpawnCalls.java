package dev.progeny.probes.posix;

import com.sun.jna.Library;
import com.sun.jna.Pointer;
import dev.progeny.probes.bsd.BsdSpawnLibc;

/**
 * The {@code posix_spawn} attribute and file-action calls, with the C signatures every OS shares
 * (POSIX spawn.h; {@code addchdir_np} glibc 2.29, FreeBSD 13.1, macOS 10.15), and the fd calls
 * launching needs. What a handle argument points at differs: a caller-allocated struct on Linux,
 * the address of a slot holding a libc-allocated handle on FreeBSD and macOS
 * ({@link BsdSpawnLibc}). Not loaded by itself; thread-safe (JNA). These calls return an
 * error number directly, except {@code read} and {@code close} (-1 and errno).
 */
public interface SpawnCalls extends Library {
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

    long read(int fd, byte[] buf, long count);

    int close(int fd);
}
