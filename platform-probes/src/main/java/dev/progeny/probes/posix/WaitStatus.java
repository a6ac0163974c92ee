package dev.progeny.probes.posix;

import dev.progeny.probes.launch.ExitStatus;
import java.util.Optional;

/**
 * Decodes the status word {@code waitpid(2)} fills in. Linux (glibc bits/waitstatus.h), FreeBSD
 * and macOS (sys/wait.h) share the traditional layout: low 7 bits the terminating signal (0 for
 * a normal exit, 0x7f for stopped), bit 7 the core-dump flag, bits 8-15 the exit code. Pure.
 */
public final class WaitStatus {
    private static final int SIGNAL_MASK = 0x7f;
    private static final int STOPPED = 0x7f;
    private static final int CORE_FLAG = 0x80;

    private WaitStatus() {
    }

    /** The exit status, or empty when the word reports a stop or continue rather than an end. */
    public static Optional<ExitStatus> decode(int status) {
        int signal = status & SIGNAL_MASK;
        if (signal == 0) {
            return Optional.of(new ExitStatus.Exited((status >> 8) & 0xff));
        }
        if (signal == STOPPED || status == 0xffff) {
            return Optional.empty();
        }
        return Optional.of(new ExitStatus.Killed(signal, (status & CORE_FLAG) != 0));
    }
}
