package dev.progeny.probes.launch;

import dev.progeny.probes.ProcessKey;
import java.time.Instant;
import java.util.Optional;

/**
 * One exit an exact event source saw: which process, who forked it, when it ended and how.
 * Immutable; every OS.
 *
 * @param process the process that ended
 * @param parent  the process that forked it, when recorded
 * @param name    its last command name, for messages
 * @param at      when it ended (became a zombie or was reaped, whichever the source saw first)
 * @param status  how it ended, when the source could tell
 */
public record RecordedExit(ProcessKey process, Optional<ProcessKey> parent, String name, Instant at,
                           Optional<ExitStatus> status) {
}
