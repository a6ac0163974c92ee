package dev.progeny.probes.linux;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import dev.progeny.probes.posix.SpawnCalls;

/**
 * glibc's {@code _np} spawn file actions (the calls every OS shares are {@link SpawnCalls}) and
 * the few Linux calls a launch needs beside them. Linux (glibc 2.35 or newer, for
 * {@code addtcsetpgrp_np}). Thread-safe (JNA). Calls that return an error number return it
 * directly (posix_spawn*); the others return -1 and leave errno for {@link Native#getLastError()}.
 *
 * <p>On glibc {@code posix_spawnattr_t} (336 bytes) and {@code posix_spawn_file_actions_t}
 * (80 bytes) are caller-allocated structs, so they are passed as native memory the caller owns
 * (glibc posix/spawn.h).
 */
interface LinuxSpawnLibc extends SpawnCalls {
    LinuxSpawnLibc INSTANCE = Native.load("c", LinuxSpawnLibc.class);

    /** {@code sizeof(posix_spawnattr_t)} on glibc x86-64 and aarch64 (posix/spawn.h). */
    int SPAWNATTR_SIZE = 336;
    /** {@code sizeof(posix_spawn_file_actions_t)} on glibc x86-64 and aarch64 (posix/spawn.h). */
    int FILE_ACTIONS_SIZE = 80;
    /** {@code sizeof(sigset_t)} on glibc: 1024 bits (bits/types/__sigset_t.h). */
    int SIGSET_SIZE = 128;

    /** glibc posix/spawn.h flag bits, passed as a C {@code short}. */
    short POSIX_SPAWN_SETPGROUP = 0x02;
    short POSIX_SPAWN_SETSIGDEF = 0x04;
    short POSIX_SPAWN_SETSIGMASK = 0x08;
    /** GNU extension since glibc 2.26; never together with SETPGROUP (EPERM). */
    short POSIX_SPAWN_SETSID = 0x80;

    /** {@code O_RDONLY} (bits/fcntl-linux.h). */
    int O_RDONLY = 0;
    /** {@code O_CLOEXEC} (asm-generic/fcntl.h). */
    int O_CLOEXEC = 0x80000;

    /** A pipe made close-on-exec at once, so no other thread's spawn inherits it. */
    int pipe2(int[] fds, int flags);

    /** {@code PR_SET_CHILD_SUBREAPER} (linux/prctl.h), since Linux 3.4. */
    int PR_SET_CHILD_SUBREAPER = 36;
    /** {@code SIG_BLOCK} / {@code SIG_SETMASK} for pthread_sigmask (bits/sigaction.h). */
    int SIG_BLOCK = 0;
    int SIG_SETMASK = 2;

    /** glibc 2.34: closes every fd from {@code from} up in the child (close_range). */
    int posix_spawn_file_actions_addclosefrom_np(Pointer fileActions, int from);

    /** glibc 2.35: the child makes its process group the foreground group of terminal {@code fd}. */
    int posix_spawn_file_actions_addtcsetpgrp_np(Pointer fileActions, int fd);

    int prctl(int option, long arg2, long arg3, long arg4, long arg5);
}
