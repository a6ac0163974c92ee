package dev.progeny.app.gui.output;

import dev.progeny.probes.launch.OutputLog;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * One launch's output on its way to the window. Chunks arrive on the launch's reader threads;
 * they are cut into lines in the order read, every line goes to the spill file at once, and the
 * newest {@code window} lines wait for the FX thread, which takes them in one batch however fast
 * they come (older waiting lines are still on disk). Lines are numbered from 0, the launch's first.
 *
 * <p>Given to {@link dev.progeny.probes.launch.Launcher#launch(dev.progeny.probes.launch.LaunchSpec,
 * OutputLog.Listener)} it hears every byte; {@link #following} a launch already running, it
 * starts from what the launch's bounded log still holds. Thread-safe.
 */
public final class OutputCapture implements OutputLog.Listener {
    /** What the FX thread takes: new lines, the number of the first, and whether the output has ended. */
    record Batch(List<OutputLine> lines, long first, boolean finished) {
    }

    private final SpillFile spill;
    private final int window;
    private final LineSplitter splitter = new LineSplitter();
    private final ArrayDeque<OutputLine> pending = new ArrayDeque<>();
    /** The log of a launch this capture joined late; null when it heard the first byte. */
    private final OutputLog late;
    private final Set<OutputLog.Chunk> early = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<OutputLog.Chunk> skip = Collections.newSetFromMap(new IdentityHashMap<>());
    private Runnable wake = () -> { };
    private boolean started;
    private boolean finished;
    private boolean stopped;
    private long total;
    private long lostBytes;

    /** A capture to give to the launcher: it hears the launch's output from the first byte. */
    OutputCapture(SpillFile spill, int window) {
        this(spill, window, null);
        started = true;
    }

    private OutputCapture(SpillFile spill, int window, OutputLog late) {
        this.spill = spill;
        this.window = window;
        this.late = late;
    }

    /** A capture of a launch that was started without one: it begins with what {@code log} still holds. */
    static OutputCapture following(OutputLog log, SpillFile spill, int window) {
        return new OutputCapture(spill, window, log);
    }

    /**
     * From now on calls {@code newWake} (on any thread) when there is something to take, and once
     * at once. A capture joining late listens first, then takes what came before: a chunk in both
     * is taken once (the same object).
     */
    void start(Runnable newWake) {
        if (late != null) {
            late.addListener(this);
        }
        synchronized (this) {
            wake = newWake;
            if (late != null && !started) {
                List<OutputLog.Chunk> earlier = late.chunks();
                Set<OutputLog.Chunk> kept = Collections.newSetFromMap(new IdentityHashMap<>());
                kept.addAll(earlier);
                List<OutputLog.Chunk> heardOnly = early.stream().filter(c -> !kept.contains(c)).toList();
                heardOnly.forEach(this::cut);
                lostBytes = Math.max(0, late.droppedBytes() - heardOnly.stream().mapToLong(c -> c.bytes().length).sum());
                for (OutputLog.Chunk c : earlier) {
                    cut(c);
                    if (!early.contains(c)) {
                        skip.add(c);
                    }
                }
                early.clear();
                started = true;
                if (late.isFinished()) {
                    finish();
                }
            }
        }
        newWake.run();
    }

    @Override
    public void appended(OutputLog.Chunk chunk) {
        Runnable toWake;
        synchronized (this) {
            if (stopped) {
                return;
            }
            if (!started) {
                early.add(chunk);
                return;
            }
            if (skip.remove(chunk)) {
                return;
            }
            cut(chunk);
            toWake = wake;
        }
        toWake.run();
    }

    @Override
    public void finished() {
        Runnable toWake;
        synchronized (this) {
            if (!started || finished || stopped) {
                return;
            }
            finish();
            toWake = wake;
        }
        toWake.run();
    }

    private void finish() {
        splitter.flush().forEach(this::keep);
        finished = true;
    }

    private void cut(OutputLog.Chunk chunk) {
        splitter.accept(chunk.stream(), chunk.text()).forEach(this::keep);
    }

    private void keep(OutputLine line) {
        spill.append(line);
        total++;
        pending.addLast(line);
        if (pending.size() > window) {
            pending.removeFirst();
        }
    }

    /** The lines that came since the last call (the newest of them, at most the window). */
    synchronized Batch take() {
        List<OutputLine> lines = new ArrayList<>(pending);
        pending.clear();
        return new Batch(lines, total - lines.size(), finished);
    }

    /** Every line so far, on disk or not. */
    synchronized long total() {
        return total;
    }

    /** Bytes the launch wrote before a late capture joined that its bounded log no longer held. */
    synchronized long lostBytes() {
        return lostBytes;
    }

    SpillFile spill() {
        return spill;
    }

    /** Hears no more (the launch is removed); {@code log} is the launch's, whichever way this capture joined. */
    void stop(OutputLog log) {
        log.removeListener(this);
        synchronized (this) {
            stopped = true;
        }
    }
}
