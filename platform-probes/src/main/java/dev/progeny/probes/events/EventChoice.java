package dev.progeny.probes.events;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The event source chosen at start, and why each better one is not running, best first (for the
 * status bar, Details and {@code run -v}). Immutable; every OS; the source itself is thread-safe.
 */
public record EventChoice(EventSource source, List<SourceOpening.Unavailable> unavailable) {

    public EventChoice {
        unavailable = List.copyOf(unavailable);
    }

    /** E.g. "proc connector (exact)" or "polling (inexact); proc connector: needs root (…)". */
    public String describe() {
        String chosen = source.name() + (source.exact() ? " (exact)" : " (inexact: births and exits between readings)");
        if (unavailable.isEmpty()) {
            return chosen;
        }
        return chosen + "; " + unavailable.stream().map(u -> u.name() + " unavailable: " + u.why())
                .collect(Collectors.joining("; "));
    }
}
