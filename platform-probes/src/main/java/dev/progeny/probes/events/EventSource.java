package dev.progeny.probes.events;

import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.launch.LaunchSpec;
import java.util.Optional;
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
     * Why this source cannot deliver anything here (e.g. ptrace refused by Yama, with the OS's own
     * typed reason behind it), or empty while it works.
     */
    default Optional<String> unavailable() {
        return Optional.empty();
    }

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

    /**
     * Whether it reports every process of the system (false: only the launches it follows, as
     * ptrace sees only launches started traced).
     */
    default boolean seesEveryProcess() {
        return true;
    }

    /**
     * What a launch of {@code spec} must ask for so that this source sees all of it: ptrace sees
     * only launches started {@link LaunchSpec#traced() traced}; the others see any launch.
     */
    default LaunchSpec recordable(LaunchSpec spec) {
        return spec;
    }

    /**
     * Hands {@code event} to {@code sink} on a source's own thread: a sink that throws is logged
     * against {@code source} and never stops the source.
     */
    static void deliver(Consumer<ProcessEvent> sink, ProcessEvent event, String source) {
        try {
            sink.accept(event);
        } catch (RuntimeException e) {
            System.getLogger(EventSource.class.getName())
                    .log(System.Logger.Level.ERROR, source + ": an event consumer failed on " + event, e);
        }
    }

    /** Stops delivering; releases the socket, thread or tracees (tracees are detached, never killed). */
    @Override
    void close();
}
