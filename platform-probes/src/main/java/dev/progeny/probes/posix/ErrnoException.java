package dev.progeny.probes.posix;

import java.io.IOException;

/**
 * A system call that failed, with its errno as a field, so callers decide on the number and
 * never on the message. Every OS (the numbers are the OS's own).
 */
public final class ErrnoException extends IOException {
    private final String call;
    private final int errno;

    /** {@code call} names what failed, e.g. "sysctl kern.proc.pid". */
    public ErrnoException(String call, int errno) {
        this(call, errno, "errno " + errno);
    }

    /** {@code described} is the OS's wording of {@code errno}, e.g. "EPERM (Operation not permitted)". */
    public ErrnoException(String call, int errno, String described) {
        super(call + " failed: " + described);
        this.call = call;
        this.errno = errno;
    }

    public String call() {
        return call;
    }

    public int errno() {
        return errno;
    }
}
