package dev.progeny.probes.posix;

import dev.progeny.probes.launch.ExitStatus;

/**
 * Decodes the {@code int} status {@code waitpid(2)} fills in. The encoding is the same on
 * Linux (glibc bits/waitstatus.h), FreeBSD (sys/sys/wait.h: {@code _WSTATUS}, {@code WCOREFLAG}
 * 0200) and macOS (bsd/sys/wait.h): low 7 bits = terminating signal (0 = exited), bit 7 = core
 * dumped, bits 8-15 = exit code. Pure; thread-safe.
 */
public final class WaitStatus {
    private static final int SIGNAL_MASK = 0x7f;
    private static final int CORE_FLAG = 0x80;

    private WaitStatus() {
    }

    /** The status of a process that has terminated (waitpid without WUNTRACED/WCONTINUED). */
    public static ExitStatus decode(int status) {
        int signal = status & SIGNAL_MASK;
        if (signal == 0) {
            return new ExitStatus.Exited((status >> 8) & 0xff);
        }
        return new ExitStatus.Killed(signal, (status & CORE_FLAG) != 0);
    }
}
