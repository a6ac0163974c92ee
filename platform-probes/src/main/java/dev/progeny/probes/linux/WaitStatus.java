package dev.progeny.probes.linux;

import dev.progeny.probes.launch.ExitStatus;

/** Decodes a {@code waitpid} status word (glibc bits/waitstatus.h). Linux. Pure. */
final class WaitStatus {
    private WaitStatus() {
    }

    /** WIFEXITED: low 7 bits zero, code in bits 8-15; WIFSIGNALED: signal in the low 7 bits, 0x80 = core. */
    static ExitStatus decode(int status) {
        int signal = status & 0x7f;
        if (signal == 0) {
            return new ExitStatus.Exited((status >> 8) & 0xff);
        }
        return new ExitStatus.Killed(signal, (status & 0x80) != 0);
    }
}
