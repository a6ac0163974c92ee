package dev.progeny.probes.terminate;

import dev.progeny.probes.ProcessInfo;
import java.util.Locale;

/**
 * A family member still alive when a termination gave up, and the likely reason. Immutable.
 *
 * @param process the member as last read
 * @param reason  why it is probably still there, e.g. uninterruptible sleep or another user's process
 */
public record Survivor(ProcessInfo process, String reason) {
    @Override
    public String toString() {
        return process.pid() + " (" + process.name() + ", " + process.state().name().toLowerCase(Locale.ROOT)
                + "): " + reason;
    }
}
