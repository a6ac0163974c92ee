package dev.progeny.probes.terminate;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.Signal;
import dev.progeny.probes.UnreadableProcess;
import java.util.List;
import java.util.Locale;

/** Why a member is still alive, from its state and what became of the signals aimed at it. */
final class SurvivorReasons {
    private SurvivorReasons() {
    }

    /** A member the last reading could not read: nothing says it has gone. */
    static String unreadable(UnreadableProcess u) {
        return "could not be read (" + u.reason() + "): it may still be alive";
    }

    static String explain(ProcessInfo p, List<Delivery> deliveries, Signal last) {
        Delivery worst = null;
        for (Delivery d : deliveries) {
            if (d.target().equals(p.key()) && !d.sent() && d.outcome() != Delivery.Outcome.UNSUPPORTED) {
                worst = d;
            }
        }
        if (worst != null && worst.outcome() == Delivery.Outcome.DENIED) {
            return "not permitted to signal it: it belongs to uid " + p.uid() + " (" + worst.detail() + ")";
        }
        if (worst != null) {
            return worst.signal().fullName() + " " + worst.outcome().name().toLowerCase(Locale.ROOT)
                    + ": " + worst.detail();
        }
        return switch (p.state()) {
            case DISK_SLEEP -> "in uninterruptible sleep (D): the signal waits until its kernel call returns";
            case TRACED -> "stopped by a tracer (debugger): it may not act on signals until released";
            case STOPPED -> "stopped: " + last.fullName() + " is pending until it is continued";
            default -> "still " + p.state().name().toLowerCase(Locale.ROOT) + " after " + last.fullName();
        };
    }
}
