package dev.progeny.app.gui.output;

import dev.progeny.app.gui.common.TaskExecutor;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.OutputLog;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One launch's output as lines, live, at most {@link #MAX_LINES}, with a search and the exit
 * status. Chunks arrive on the launch's reader threads; they are queued and drained in one FX
 * task at a time, however fast they come. Properties are touched on the FX thread only.
 */
public final class OutputViewModel {
    /** Enough to scroll back through a build; the launch's own log is bounded too (1 MiB). */
    public static final int MAX_LINES = 10_000;
    /**
     * Output waiting for the FX thread is cut to its newest bytes beyond this: a flood (20 MB in a
     * second) must cost short drains, not seconds of splitting lines that are cut anyway.
     */
    static final long PENDING_LIMIT = 256 * 1024;

    private final Launch launch;
    private final TaskExecutor executor;
    private final ObservableList<OutputLine> lines = FXCollections.observableArrayList();
    private final ArrayDeque<OutputLog.Chunk> pending = new ArrayDeque<>();
    private long pendingBytes;
    private long droppedBytes;
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private final Set<OutputLog.Chunk> alreadyShown = Collections.newSetFromMap(new IdentityHashMap<>());
    private final LineSplitter splitter = new LineSplitter();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "running");
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<Integer> matches = FXCollections.observableArrayList();
    private final IntegerProperty currentMatch = new SimpleIntegerProperty(this, "currentMatch", -1);
    private long droppedLines;

    public OutputViewModel(Launch launch, TaskExecutor executor) {
        this.launch = launch;
        this.executor = executor;
        query.addListener((obs, old, now) -> search());
    }

    /** Starts following the output and waiting for the exit status. Call once, on the FX thread. */
    public void start() {
        OutputLog log = launch.output();
        // Listen first, then read what came before: a chunk in both is shown once (same object).
        log.addListener(new OutputLog.Listener() {
            @Override
            public void appended(OutputLog.Chunk chunk) {
                enqueue(chunk);
                scheduleDrain();
            }

            @Override
            public void finished() {
                scheduleDrain();
            }
        });
        List<OutputLog.Chunk> earlier = log.chunks();
        alreadyShown.addAll(earlier);
        earlier.forEach(c -> append(splitter.accept(c.stream(), c.text())));
        launch.onExit().whenComplete((exit, failure) -> executor.runOnFx(() -> {
            status.set(failure == null ? exit.toString() : "unknown: " + failure.getMessage());
            scheduleDrain();
        }));
    }

    /** Called on the launch's reader threads. */
    private void enqueue(OutputLog.Chunk chunk) {
        synchronized (pending) {
            pending.addLast(chunk);
            pendingBytes += chunk.bytes().length;
            while (pendingBytes > PENDING_LIMIT && pending.size() > 1) {
                OutputLog.Chunk oldest = pending.removeFirst();
                pendingBytes -= oldest.bytes().length;
                droppedBytes += oldest.bytes().length;
            }
        }
    }

    private List<OutputLog.Chunk> takePending() {
        synchronized (pending) {
            List<OutputLog.Chunk> out = new ArrayList<>(pending);
            pending.clear();
            pendingBytes = 0;
            return out;
        }
    }

    private void scheduleDrain() {
        if (drainScheduled.compareAndSet(false, true)) {
            executor.runOnFx(this::drain);
        }
    }

    private void drain() {
        drainScheduled.set(false);
        // Read "finished" first: then every chunk is already queued, and the flush comes last.
        boolean finished = launch.output().isFinished();
        List<OutputLine> batch = new ArrayList<>();
        for (OutputLog.Chunk c : takePending()) {
            if (!alreadyShown.remove(c)) {
                batch.addAll(splitter.accept(c.stream(), c.text()));
            }
        }
        if (finished) {
            batch.addAll(splitter.flush());
        }
        append(batch);
    }

    private void append(List<OutputLine> batch) {
        if (batch.isEmpty()) {
            return;
        }
        if (batch.size() > MAX_LINES) {
            droppedLines += batch.size() - MAX_LINES;
            batch = batch.subList(batch.size() - MAX_LINES, batch.size());
        }
        int first = lines.size();
        lines.addAll(batch);
        int excess = lines.size() - MAX_LINES;
        if (excess > 0) {
            lines.remove(0, excess);
            droppedLines += excess;
        }
        // Only the new lines are searched; earlier matches shift with the cut.
        List<Integer> found = new ArrayList<>();
        for (int i : matches) {
            if (i >= excess) {
                found.add(i - excess);
            }
        }
        found.addAll(matching(Math.max(0, first - Math.max(0, excess))));
        setMatches(found);
    }

    private void search() {
        setMatches(matching(0));
    }

    /** Indices from {@code from} on whose line contains the query, ignoring case. */
    private List<Integer> matching(int from) {
        String q = query.get() == null ? "" : query.get().toLowerCase(Locale.ROOT);
        List<Integer> found = new ArrayList<>();
        if (!q.isEmpty()) {
            for (int i = from; i < lines.size(); i++) {
                if (lines.get(i).text().toLowerCase(Locale.ROOT).contains(q)) {
                    found.add(i);
                }
            }
        }
        return found;
    }

    private void setMatches(List<Integer> found) {
        matches.setAll(found);
        if (found.isEmpty()) {
            currentMatch.set(-1);
        } else if (currentMatch.get() < 0 || currentMatch.get() >= found.size()) {
            currentMatch.set(0);
        }
    }

    /** Moves to the next match (wrapping); returns its line index, or -1. */
    public int nextMatch() {
        return step(1);
    }

    public int previousMatch() {
        return step(-1);
    }

    private int step(int direction) {
        if (matches.isEmpty()) {
            return -1;
        }
        currentMatch.set(Math.floorMod(currentMatch.get() + direction, matches.size()));
        return matches.get(currentMatch.get());
    }

    public Launch launch() {
        return launch;
    }

    public ObservableList<OutputLine> lines() {
        return lines;
    }

    /** "running", or the exit status ("exited 0", "killed by signal 9"). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** Line indices that contain the query (case-insensitive). */
    public ObservableList<Integer> matches() {
        return matches;
    }

    /** Position in {@link #matches()} of the current match, -1 when none. */
    public IntegerProperty currentMatchProperty() {
        return currentMatch;
    }

    /** Lines cut from the top to keep the pane bounded. */
    public long droppedLines() {
        return droppedLines;
    }

    /** Bytes skipped because output came faster than the pane could show it (FX thread only). */
    public long droppedBytes() {
        synchronized (pending) {
            return droppedBytes;
        }
    }
}
