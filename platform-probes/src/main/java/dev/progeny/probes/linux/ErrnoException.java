package dev.progeny.probes.linux;

import java.io.IOException;

/** A system call failed with {@code errno}: callers decide on the number, never on the text. Linux. */
final class ErrnoException extends IOException {
    private final String call;
    private final int errno;

    ErrnoException(String call, int errno) {
        super(call + " failed: " + LinuxErrors.describe(errno));
        this.call = call;
        this.errno = errno;
    }

    String call() {
        return call;
    }

    int errno() {
        return errno;
    }
}
