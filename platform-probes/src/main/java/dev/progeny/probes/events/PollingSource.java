package dev.progeny.probes.events;

import dev.progeny.probes.ProcessTable;
import dev.progeny.probes.Snapshot;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Events inferred from readings of the process table: each reading is compared once with the
 * previous ({@link LiveSet}), and what differs is reported as {@link ProcessEvent.Appeared} and
 * {@link ProcessEvent.Vanished}, inexact (a process that lives between two readings is never
 * seen, an exit status never known). The first reading reports every process as appeared.
 *
 * <p>With an interval the source reads on a daemon thread of its own; with {@link Duration#ZERO}
 * it reads nothing and is fed the readings its owner takes anyway ({@link #observe}), so a
 * refresh that reads once a second compares once a second. Every OS; thread-safe.
 */
public final class PollingSource implements EventSource {
    private static final System.Logger LOG = System.getLogger(PollingSource.class.getName());

    private final ProcessTable table;
    private final Duration interval;
    private final LiveSet live = new LiveSet();
    private Consumer<ProcessEvent> sink;
    private boolean closed;
    private Thread thread;

    public PollingSource(ProcessTable table, Duration interval) {
        this.table = table;
        this.interval = interval;
    }

    @Override
    public String name() {
        return "polling";
    }

    @Override
    public boolean exact() {
        return false;
    }

    @Override
    public synchronized void start(Consumer<ProcessEvent> sink) {
        if (this.sink != null) {
            throw new IllegalStateException("already started");
        }
        this.sink = sink;
        if (!interval.isZero()) {
            thread = Thread.ofPlatform().daemon().name("progeny-polling-events").start(this::run);
        }
    }

    /**
     * Reports what {@code reading} differs in from the previous one, stamped with the moment the
     * reading was taken; ignored before {@link #start}.
     */
    public synchronized void observe(Snapshot reading) {
        if (sink == null || closed) {
            return;
        }
        long nanos = System.nanoTime() - Duration.between(reading.takenAt(), Instant.now()).toNanos();
        for (ProcessEvent e : live.sync(reading, nanos)) {
            sink.accept(e);
        }
    }

    private void run() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                observe(table.snapshot());
                Thread.sleep(interval);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "polling for process events: cannot read the process table", e);
                sleepQuietly();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(interval);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        Thread reader;
        synchronized (this) {
            closed = true;
            reader = thread;
        }
        if (reader != null) {
            reader.interrupt();
            try {
                reader.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
