package dev.progeny.probes.posix;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * The C library calls that Linux, FreeBSD and macOS share with the same signature. Constants
 * for them differ per OS and live in each OS package. Thread-safe (JNA); errno is read with
 * {@link Native#getLastError()} right after a call that returned -1.
 */
public interface PosixLibc extends Library {
    PosixLibc INSTANCE = Native.load("c", PosixLibc.class);

    long sysconf(int name);

    int getpid();

    int getpgid(int pid);

    int getsid(int pid);

    int kill(int pid, int signal);

    /** Never called with a pid of -1 or 0: see platform-facts.md §6.2. */
    int waitpid(int pid, int[] status, int options);

    String strerror(int errnum);

    /** Not thread-safe against concurrent getenv: call before other threads read the environment. */
    int setenv(String name, String value, int overwrite);

    String getenv(String name);

    /** {@code mode} X_OK is 1 on all three (unistd.h). */
    int access(String path, int mode);

    int pipe(int[] fds);

    /** Used as {@code fcntl(fd, F_SETFD, FD_CLOEXEC)}: F_SETFD 2, FD_CLOEXEC 1 on all three (fcntl.h). */
    int fcntl(int fd, int cmd, int arg);

    long read(int fd, byte[] buf, long count);

    int close(int fd);

    int isatty(int fd);

    int tcgetpgrp(int fd);

    int tcsetpgrp(int fd, int pgrp);

    int getpgrp();

    /** {@code how}: SIG_BLOCK 0 on Linux, 1 on FreeBSD and macOS; the set's size is the OS's. */
    int pthread_sigmask(int how, Pointer set, Pointer oldSet);
}
