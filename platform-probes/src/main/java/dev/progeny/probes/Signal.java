package dev.progeny.probes;

import java.util.Locale;
import java.util.Optional;

/**
 * The signals Progeny can send, by name. Their numbers differ between OSes (SIGSTOP is 19 on
 * Linux and 17 on the BSDs), so numbers live only in each OS's {@link SignalTable}.
 */
public enum Signal {
    HUP, INT, QUIT, ILL, TRAP, ABRT, BUS, FPE, KILL, USR1, SEGV, USR2, PIPE, ALRM, TERM,
    CHLD, CONT, STOP, TSTP, TTIN, TTOU, URG, XCPU, XFSZ, VTALRM, PROF, WINCH, IO, SYS;

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
