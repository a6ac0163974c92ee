package dev.progeny.probes.terminate;

import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.launch.ExitStatus;
import java.time.Instant;
import java.util.Optional;

/**
 * A family member seen to have exited during a termination. Immutable.
 *
 * @param process the member
 * @param name    its command name, for messages
 * @param seenAt  when it exited, as an exact event source saw it; else the first reading in which
 *                it was gone or a zombie (it exited at or before this)
 * @param status  how it ended, when an exact event source saw its exit
 */
public record Departure(ProcessKey process, String name, Instant seenAt, Optional<ExitStatus> status) {
}
