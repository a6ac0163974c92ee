package dev.progeny.app.cli;

import dev.progeny.probes.limits.LaunchLimits;
import dev.progeny.probes.limits.LimitEvent;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tells the {@code run} user on stderr when a limit bites: every OOM kill at once; a limit that
 * keeps biting (refused forks, memory full) the first time and its final count at the end, so a
 * fork loop does not flood the terminal. Not thread-safe (the run's one thread uses it).
 */
final class LimitReporter {
    private final LaunchLimits limits;
    private final PrintWriter err;
    /** Per kind of repeating event, the newest one not printed yet. */
    private final Map<Class<?>, LimitEvent> unsaid = new LinkedHashMap<>();
    private final Map<Class<?>, Boolean> said = new LinkedHashMap<>();

    LimitReporter(LaunchLimits limits, PrintWriter err) {
        this.limits = limits;
        this.err = err;
    }

    /** Reads the counters and prints what is news. */
    void poll() {
        for (LimitEvent e : limits.poll()) {
            if (e instanceof LimitEvent.OomKilled || said.putIfAbsent(e.getClass(), true) == null) {
                err.println("progeny: " + e.message());
                unsaid.remove(e.getClass());
            } else {
                unsaid.put(e.getClass(), e);
            }
        }
    }

    /** Reads the counters a last time and prints the final counts not yet printed. */
    void finish() {
        poll();
        unsaid.values().forEach(e -> err.println("progeny: " + e.message()));
        unsaid.clear();
    }
}
