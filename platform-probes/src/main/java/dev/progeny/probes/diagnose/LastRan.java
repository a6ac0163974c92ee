package dev.progeny.probes.diagnose;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * When a task last ran, from {@code se.exec_start} in {@code /proc/PID/sched} (Linux with
 * CONFIG_SCHED_DEBUG; {@code proc_sched_show_task} in kernel/sched/debug.c prints the run
 * queue clock in milliseconds with six decimals). A zombie last ran when it exited, so this
 * dates its death. Compare only with another task's reading (the reader's own thread, for
 * "now"): it is the scheduler's clock, not a wall clock. Pure; thread-safe.
 */
public final class LastRan {
    private static final String FIELD = "se.exec_start";

    private LastRan() {
    }

    /** The clock reading in nanoseconds, or empty when the field is absent or malformed. */
    public static OptionalLong parse(String schedText) {
        for (String line : schedText.split("\n")) {
            if (line.startsWith(FIELD)) {
                String value = line.substring(line.indexOf(':') + 1).strip();
                int dot = value.indexOf('.');
                try {
                    long ms = Long.parseLong(dot < 0 ? value : value.substring(0, dot));
                    String frac = ((dot < 0 ? "" : value.substring(dot + 1)) + "000000").substring(0, 6);
                    return OptionalLong.of(ms * 1_000_000 + Long.parseLong(frac));
                } catch (NumberFormatException e) {
                    return OptionalLong.empty();
                }
            }
        }
        return OptionalLong.empty();
    }

    /** How long before {@code nowNanos} the task last ran (zero if the readings cross). */
    public static Duration before(long lastRanNanos, long nowNanos) {
        return Duration.ofNanos(Math.max(0, nowNanos - lastRanNanos));
    }
}
