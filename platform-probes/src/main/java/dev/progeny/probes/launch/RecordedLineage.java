package dev.progeny.probes.launch;

import dev.progeny.probes.ProcessKey;
import java.util.Optional;

/**
 * What a record of every fork says about a process: the launch whose root it descends from, and
 * its parent. Attribution by it is known, not guessed: an orphan re-parented to Progeny or init
 * still belongs to the launch it was forked in. Implemented by the process history; every OS;
 * implementations are thread-safe.
 */
public interface RecordedLineage {

    /** The launch {@code process} was forked in, fork by fork from the launch's root; empty when none or unknown. */
    Optional<String> launchOf(ProcessKey process);

    /** The process that forked {@code process}; empty when not recorded (it predates the record, or was summarised). */
    Optional<ProcessKey> parentOf(ProcessKey process);
}
