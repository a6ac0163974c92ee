package dev.progeny.probes.bsd;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import dev.progeny.probes.posix.SpawnCalls;

/**
 * The {@code posix_spawn} calls FreeBSD and macOS share beside {@link SpawnCalls}, where
 * {@code posix_spawnattr_t} and {@code posix_spawn_file_actions_t} are pointer-sized handles
 * allocated by libc (FreeBSD include/spawn.h; xnu libsyscall/wrappers/spawn/spawn.h). Each handle
 * argument is the address of an 8-byte slot holding the handle. Not for Linux, where both are
 * structs. Not loaded by itself: {@code FreeBsdLibc} and {@code MacOsLibc} extend it. Thread-safe
 * (JNA).
 */
public interface BsdSpawnLibc extends SpawnCalls {
    int posix_spawnp(IntByReference pid, String file, Pointer fileActions, Pointer attr, String[] argv,
                     String[] envp);

    int pipe(int[] fds);

    int getpagesize();
}
