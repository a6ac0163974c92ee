package dev.progeny.probes.launch;

import dev.progeny.probes.ProcessKey;
import java.util.List;
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

    /** Whether an exact source feeds the record (it has told of a fork, exec or exit it saw): exits will be told. */
    boolean exact();

    /** A position in the record; what was recorded after it is what {@link #exitsSince} answers. */
    long mark();

    /**
     * The exits an exact source saw after {@code mark}, of any process: a process born and gone
     * between two readings of the table is among them. Empty when no exact source runs.
     */
    List<RecordedExit> exitsSince(long mark);
}
