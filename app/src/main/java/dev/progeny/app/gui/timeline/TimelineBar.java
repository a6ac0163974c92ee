package dev.progeny.app.gui.timeline;

import dev.progeny.probes.events.ProcessRecord;
import dev.progeny.probes.launch.ExitStatus;

/**
 * One process on the timeline: its record, its nesting below the launch root, the row of its
 * parent (-1 when not shown), and when its bar
 * ends (its exit, or the moment the rows were built while it runs). Times are on
 * {@link System#nanoTime()}'s clock. Immutable; pure.
 */
public record TimelineBar(ProcessRecord record, int depth, int parentRow, long startNanos, long endNanos) {

    /** How a bar is coloured and worded. */
    public enum Kind { RUNNING, SUCCEEDED, FAILED, KILLED, UNKNOWN }

    public Kind kind() {
        if (!record.ended()) {
            return Kind.RUNNING;
        }
        return switch (record.status().orElse(null)) {
            case ExitStatus.Exited e when e.code() == 0 -> Kind.SUCCEEDED;
            case ExitStatus.Exited e -> Kind.FAILED;
            case ExitStatus.Killed k -> Kind.KILLED;
            case ExitStatus.Unknown u -> Kind.UNKNOWN;
            case null -> Kind.UNKNOWN;
        };
    }

    /** Whether the "only failed" filter keeps it: a non-zero exit or death by a signal. */
    public boolean failed() {
        Kind k = kind();
        return k == Kind.FAILED || k == Kind.KILLED;
    }

    public long durationNanos() {
        return endNanos - startNanos;
    }
}
