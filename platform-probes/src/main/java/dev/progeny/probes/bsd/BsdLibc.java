package dev.progeny.probes.bsd;

import dev.progeny.probes.posix.SpawnCalls;

/**
 * The libc calls FreeBSD and macOS share beside the {@code posix_spawn} ones ({@link SpawnCalls}),
 * where {@code posix_spawnattr_t} and {@code posix_spawn_file_actions_t} are pointer-sized
 * handles allocated by libc (FreeBSD include/spawn.h; xnu libsyscall/wrappers/spawn/spawn.h):
 * each handle argument is the address of an 8-byte slot holding the handle. Not loaded by itself:
 * {@code FreeBsdLibc} and {@code MacOsLibc} extend it. Thread-safe (JNA).
 */
public interface BsdLibc extends SpawnCalls {
    /** {@code sizeof(posix_spawnattr_t)} and {@code sizeof(posix_spawn_file_actions_t)}: one pointer. */
    long SPAWN_HANDLE_BYTES = 8;

    int getpagesize();
}
