package dev.progeny.probes;

import java.util.Locale;
import java.util.Optional;

/**
 * The signals Progeny can send, by name: the standard ones, not the real-time ones. Their
 * numbers differ between OSes (SIGSTOP is 19 on Linux and 17 on the BSDs), and not every OS has
 * every one (STKFLT and PWR are Linux's, EMT and INFO the BSDs'), so numbers and presence live
 * only in each OS's {@link SignalTable}. Declared in Linux's order, the BSD-only ones last.
 */
public enum Signal {
    HUP, INT, QUIT, ILL, TRAP, ABRT, BUS, FPE, KILL, USR1, SEGV, USR2, PIPE, ALRM, TERM, STKFLT,
    CHLD, CONT, STOP, TSTP, TTIN, TTOU, URG, XCPU, XFSZ, VTALRM, PROF, WINCH, IO, PWR, SYS,
    EMT, INFO;

    /** The conventional name, e.g. {@code SIGTERM}. */
    public String fullName() {
        return "SIG" + name();
    }

    /** Parses {@code TERM}, {@code SIGTERM} or {@code term}; numbers need a {@link SignalTable}. */
    public static Optional<Signal> byName(String text) {
        String upper = text.trim().toUpperCase(Locale.ROOT);
        if (upper.startsWith("SIG")) {
            upper = upper.substring(3);
        }
        try {
            return Optional.of(valueOf(upper));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
