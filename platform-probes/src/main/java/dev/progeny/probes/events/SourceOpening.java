package dev.progeny.probes.events;

/**
 * The outcome of trying to open one event source: the source, ready to {@link EventSource#start},
 * or the reason it cannot run here, in words for the user (status bar, Details, {@code run -v}).
 * Immutable; every OS.
 */
public sealed interface SourceOpening {

    /** The source's name, e.g. "proc connector". */
    String name();

    record Opened(EventSource source) implements SourceOpening {
        @Override
        public String name() {
            return source.name();
        }
    }

    record Unavailable(String name, String why) implements SourceOpening {
    }
}
