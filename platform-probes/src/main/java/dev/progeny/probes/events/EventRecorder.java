package dev.progeny.probes.events;

import dev.progeny.probes.Snapshot;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The one process history of a running Progeny and the source that feeds it: the best the
 * platform has ({@link EventSources}), opened once. Launches are registered with it
 * ({@link #launched}): the history then claims what each root forks, a following source follows
 * the root, and the launch's family reads its lineage from the history. When only polling runs,
 * readings the owner takes anyway are compared once each ({@link #observe}), or with an interval
 * the polling reads on its own. Every OS; thread-safe.
 */
public final class EventRecorder implements AutoCloseable {
    private final EventSources sources;
    private final Duration pollEvery;
    private final Consumer<ProcessEvent> alsoTo;
    private final ProcessHistory history = new ProcessHistory();
    private final boolean everyProcess;
    private final List<Launch> launches = new ArrayList<>();
    /** Held while a source is opened, which may take a while; {@code this} guards the rest, briefly. */
    private final Object opening = new Object();
    private EventChoice choice;
    private boolean closed;
    /** The history's sequence number once the first reading was taken in: what is older predates us. */
    private volatile long baseline = -1;

    /** Nothing is opened until {@link #start} (or the first {@link #observe}). */
    public EventRecorder(EventSources sources, Duration pollEvery) {
        this(sources, pollEvery, e -> { });
    }

    /** Also hands every event to {@code alsoTo} after the history took it (a file of raw events, say). */
    public EventRecorder(EventSources sources, Duration pollEvery, Consumer<ProcessEvent> alsoTo) {
        this(sources, pollEvery, alsoTo, false);
    }

    private EventRecorder(EventSources sources, Duration pollEvery, Consumer<ProcessEvent> alsoTo,
                          boolean everyProcess) {
        this.sources = sources;
        this.pollEvery = pollEvery;
        this.alsoTo = alsoTo;
        this.everyProcess = everyProcess;
    }

    /**
     * A history of every process (the window's), fed the owner's readings while polling: a source
     * that sees only traced launches is passed over ({@link EventSources#openForEveryProcess}), and
     * a traced launch is recorded by its own exact source.
     */
    public static EventRecorder ofEveryProcess(EventSources sources) {
        return new EventRecorder(sources, Duration.ZERO, e -> { }, true);
    }

    /**
     * Opens and starts the best source, once; may read the table and wait for the kernel (not on
     * the FX thread). Registering launches meanwhile does not wait for it.
     */
    public EventChoice start() {
        synchronized (opening) {
            EventChoice known = choice().orElse(null);
            if (known != null) {
                return known;
            }
            EventChoice opened = everyProcess ? sources.openForEveryProcess(pollEvery) : sources.open(pollEvery);
            opened.source().start(history.andThen(alsoTo));
            if (opened.source().exact()) {
                baseline = history.view().seq(); // exact sources read the table before start returns
            }
            synchronized (this) {
                if (closed) {
                    opened.source().close();
                    throw new IllegalStateException("closed");
                }
                choice = opened;
                launches.forEach(l -> follow(opened.source(), l));
            }
            return opened;
        }
    }

    /**
     * The history's sequence number once the first reading of the table was taken in, or -1
     * before: a process the history learnt of by then was there before Progeny looked (not new).
     */
    public long baseline() {
        return baseline;
    }

    /** The source running and why no better one does; empty before {@link #start}. */
    public synchronized Optional<EventChoice> choice() {
        return Optional.ofNullable(choice);
    }

    public ProcessHistory history() {
        return history;
    }

    /** A reading the owner took: compared with the previous one when polling is fed (interval zero). */
    public void observe(Snapshot reading) {
        if (start().source() instanceof PollingSource polling && pollEvery.isZero()) {
            polling.observe(reading);
            if (baseline < 0) {
                baseline = history.view().seq();
            }
        }
    }

    /** {@code spec} as the running source needs it to see the launch whole (see {@link EventSource#recordable}). */
    public LaunchSpec recordable(LaunchSpec spec) {
        return choice().map(c -> c.source().recordable(spec)).orElse(spec);
    }

    /** Registers {@code launch}: its root and what it forks are the launch's, its family reads lineage here. */
    public void launched(Launch launch) {
        history.launchStarted(launch.id(), launch.root());
        launch.family().recordedBy(history);
        synchronized (this) {
            launches.add(launch);
            if (choice != null) {
                follow(choice.source(), launch);
            }
        }
    }

    /** {@code source} follows the launch; when it is inexact, the launch's own exact source (ptrace) records it too. */
    private void follow(EventSource source, Launch launch) {
        source.follow(launch.root());
        if (!source.exact()) {
            launch.events().filter(own -> own.exact() && own.unavailable().isEmpty())
                    .ifPresent(own -> own.start(history.andThen(alsoTo)));
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (choice != null) {
            choice.source().close();
        }
    }
}
