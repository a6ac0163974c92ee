package dev.progeny.probes.launch;

import dev.progeny.probes.ProcessKey;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * A running (or finished) launched command. Thread-safe. Waiting is idempotent: the exit
 * status is cached, and asking twice gives the same answer.
 */
public interface Launch {

    /** The launch id, also the value of {@code PROGENY_LAUNCH} in its members' environment. */
    String id();

    LaunchSpec spec();

    /** The launched process (pid and start time). */
    ProcessKey root();

    default int pid() {
        return root().pid();
    }

    /** The mechanisms actually in force for this launch (never empty: the group or session). */
    Set<Containment> containment();

    /** Every process that belongs to this launch, escapees included. */
    Family family();

    /** The exit status if the launched process has ended, without blocking. */
    Optional<ExitStatus> exitStatus();

    /** Blocks until the launched process ends. */
    ExitStatus waitFor() throws InterruptedException;

    /** Blocks at most {@code timeout}; empty if the process is still running then. */
    Optional<ExitStatus> waitFor(Duration timeout) throws InterruptedException;
}
