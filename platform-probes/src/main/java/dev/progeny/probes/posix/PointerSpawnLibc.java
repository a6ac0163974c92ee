package dev.progeny.probes.posix;

import com.sun.jna.Library;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;

/**
 * The {@code posix_spawn} calls FreeBSD and macOS share, where {@code posix_spawnattr_t} and
 * {@code posix_spawn_file_actions_t} are pointer-sized handles allocated by libc
 * (FreeBSD include/spawn.h; xnu libsyscall/wrappers/spawn/spawn.h). Each handle argument is the
 * address of an 8-byte slot holding the handle. Not for Linux, where both are structs. Not
 * loaded by itself: {@code FreeBsdLibc} and {@code MacOsLibc} extend it. Thread-safe (JNA).
 */
public interface PointerSpawnLibc extends Library {

    int posix_spawnp(IntByReference pid, String file, Pointer fileActions, Pointer attr, String[] argv,
                     String[] envp);

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

    int pipe(int[] fds);

    int close(int fd);

    long read(int fd, byte[] buf, long count);

    int getpagesize();
}
