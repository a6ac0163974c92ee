package dev.progeny.probes.launch;

import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Signal;
import dev.progeny.probes.events.EventSource;
import dev.progeny.probes.limits.LaunchLimits;
import dev.progeny.probes.terminate.Delivery;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * A running (or finished) launched command. Thread-safe. Waiting is idempotent: the exit
 * status is cached, and asking twice gives the same answer.
 */
public interface Launch extends AutoCloseable {

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

    /** Why each requested mechanism that is not in force could not be had (e.g. no writable cgroup). */
    Map<Containment, String> unavailable();

    /** Every process that belongs to this launch, escapees included, and why each does. */
    LaunchFamily family();

    /**
     * The launch's own exact event source when it was launched {@link LaunchSpec#traced() traced}
     * (on Linux the ptrace source, which also says why when tracing could not start); empty otherwise.
     */
    default Optional<EventSource> events() {
        return Optional.empty();
    }

    /**
     * The launch's limits: where each one is held, changing them while it runs, and whether they
     * bit. Platforms that hold none say so for every limit asked.
     */
    default LaunchLimits limits() {
        return LaunchLimits.notHeld(spec().limits(), "this platform holds no limits");
    }

    /** Captured stdout and stderr; empty and finished when output is passed through. */
    OutputLog output();

    /**
     * Sends {@code signal} to the launch's process group (which, for a session, is the session
     * leader's group) through the platform's guarded sender, vouched for by a live member: the
     * root while it runs, else any live member still in the group (the group outlives its
     * leader). What became of it: {@link Delivery.Outcome#GONE} when no member is left.
     */
    Delivery signalGroup(Signal signal);

    /** The exit status if the launched process has ended, without blocking. */
    Optional<ExitStatus> exitStatus();

    /** Blocks until the launched process ends. */
    ExitStatus waitFor() throws InterruptedException;

    /**
     * Completes with the exit status once the launched process has ended (exceptionally when it
     * cannot be waited for), so a caller can follow many launches without a thread blocked on
     * each. Dependent actions run on the thread that reaped the root, or at once when it already
     * ended: they must not block.
     */
    CompletionStage<ExitStatus> onExit();

    /** Blocks at most {@code timeout}; empty if the process is still running then. */
    Optional<ExitStatus> waitFor(Duration timeout) throws InterruptedException;

    /**
     * Releases what the launch holds: its cgroup (now if empty, else as soon as it empties) and
     * its registry entry. Ends no process: ending the family is the caller's decision.
     */
    @Override
    void close();
}
