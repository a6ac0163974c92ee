package dev.progeny.probes.events;

import dev.progeny.probes.ProcessKey;
import java.util.function.Consumer;

/**
 * Where process events come from on one platform: the Linux proc connector, ptrace per launch,
 * FreeBSD kqueue, or polling. Implementations say whether they are exact and deliver events in
 * the order they happened, on a thread of their own. Thread-safe.
 */
public interface EventSource extends AutoCloseable {

    /** For the status bar, Details and {@code run -v}: e.g. "proc connector", "ptrace", "polling". */
    String name();

    /** Whether every fork, exec and exit is reported (false: appeared/vanished between readings). */
    boolean exact();

    /**
     * Starts delivering events to {@code sink}, in order, from the source's own thread. May first
     * read the process table (reported as {@link ProcessEvent.Appeared}) before returning, so that
     * what happens next is reported as it happens.
     */
    void start(Consumer<ProcessEvent> sink);

    /**
     * Follows a launch's root and whatever it forks from now on. Sources that see only what they
     * follow (kqueue, ptrace) need it; system-wide sources (proc connector, polling) ignore it.
     * A child forked between the launch and this call may be missed by a following source.
     */
    default void follow(ProcessKey root) {
    }

    /** Stops delivering; releases the socket, thread or tracees (tracees are detached, never killed). */
    @Override
    void close();
}
