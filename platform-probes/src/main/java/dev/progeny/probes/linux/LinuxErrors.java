package dev.progeny.probes.linux;

import dev.progeny.probes.posix.ErrnoException;
import dev.progeny.probes.posix.PosixLibc;

/** Linux errno values Progeny reacts to (asm-generic/errno-base.h), and their text. Thread-safe. */
final class LinuxErrors {
    static final int EPERM = 1;
    static final int ENOENT = 2;
    static final int ESRCH = 3;
    static final int EINTR = 4;
    static final int ENOEXEC = 8;
    static final int ECHILD = 10;
    /** A non-blocking call, or a receive that timed out, found nothing (asm-generic/errno-base.h). */
    static final int EAGAIN = 11;
    static final int EACCES = 13;
    static final int ENOTDIR = 20;
    static final int EINVAL = 22;
    static final int EPIPE = 32;
    /** asm-generic/errno.h: the kernel has no such system call (pidfds before 5.3). */
    static final int ENOSYS = 38;
    /** asm-generic/errno.h: a netlink socket's buffer overflowed and messages were dropped. */
    static final int ENOBUFS = 105;

    private LinuxErrors() {
    }

    /** {@code call} failed with {@code errno}, worded as {@link #describe} words it. */
    static ErrnoException failed(String call, int errno) {
        return new ErrnoException(call, errno, describe(errno));
    }

    /** The C library's message, e.g. "No such file or directory (errno 2)". */
    static String describe(int errno) {
        return PosixLibc.INSTANCE.strerror(errno) + " (errno " + errno + ")";
    }
}
