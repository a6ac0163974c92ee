package dev.progeny.probes.terminate;

import dev.progeny.probes.ProcessKey;
import java.time.Instant;

/**
 * A family member seen to have exited during a termination. Immutable.
 *
 * @param process the member
 * @param name    its command name, for messages
 * @param seenAt  the first reading in which it was gone or a zombie (it exited at or before this)
 */
public record Departure(ProcessKey process, String name, Instant seenAt) {
}
