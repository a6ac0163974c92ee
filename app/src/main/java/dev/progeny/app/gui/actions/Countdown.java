package dev.progeny.app.gui.actions;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The grace period of a running escalation: SIGTERM went out at {@code start}, SIGKILL follows
 * at {@code start + grace} for whatever is still alive. Immutable.
 *
 * @param target what is being escalated, for the label
 */
public record Countdown(String target, Instant start, Duration grace) {

    public Duration remaining(Instant now) {
        Duration left = Duration.between(now, start.plus(grace));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** From 0 (just started) to 1 (grace over). */
    public double progress(Instant now) {
        if (grace.isZero()) {
            return 1;
        }
        double elapsed = Duration.between(start, now).toMillis();
        return Math.clamp(elapsed / grace.toMillis(), 0.0, 1.0);
    }

    /** E.g. "Escalating process group 42: SIGTERM sent, SIGKILL in 3.4 s". */
    public String label(Instant now) {
        Duration left = remaining(now);
        if (left.isZero()) {
            return "Escalating " + target + ": grace over, SIGKILL to survivors";
        }
        return String.format(Locale.ROOT, "Escalating %s: SIGTERM sent, SIGKILL in %.1f s", target, left.toMillis() / 1000.0);
    }
}
