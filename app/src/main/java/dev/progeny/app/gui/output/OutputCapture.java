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
 * they are cut into lines in the order read, every line goes to the spill file, and the newest
 * {@code window} lines wait for the FX thread, which takes them in one batch however fast they
 * come (older waiting lines are still on disk). Lines are numbered from 0, the launch's first.
 * Thread-safe.
 */
final class OutputCapture implements OutputLog.Listener {
    /** What the FX thread takes: new lines, the number of the first, and whether the output has ended. */
    record Batch(List<OutputLine> lines, long first, boolean finished) {
    }

    private final OutputLog log;
    private final SpillFile spill;
    private final int window;
    private final Runnable wake;
    private final LineSplitter splitter = new LineSplitter();
    private final ArrayDeque<OutputLine> pending = new ArrayDeque<>();
    private final Set<OutputLog.Chunk> early = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<OutputLog.Chunk> skip = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean started;
    private boolean finished;
    private long total;

    /** @param wake called (on any thread) when there is something to take */
    OutputCapture(OutputLog log, SpillFile spill, int window, Runnable wake) {
        this.log = log;
        this.spill = spill;
        this.window = window;
        this.wake = wake;
    }

    /** Listens first, then takes what came before: a chunk in both is taken once (the same object). */
    void start() {
        log.addListener(this);
        synchronized (this) {
            List<OutputLog.Chunk> earlier = log.chunks();
            Set<OutputLog.Chunk> kept = Collections.newSetFromMap(new IdentityHashMap<>());
            kept.addAll(earlier);
            early.stream().filter(c -> !kept.contains(c)).forEach(this::cut);
            for (OutputLog.Chunk c : earlier) {
                cut(c);
                if (!early.contains(c)) {
                    skip.add(c);
                }
            }
            early.clear();
            started = true;
            if (log.isFinished()) {
                finish();
            }
        }
        wake.run();
    }

    @Override
    public void appended(OutputLog.Chunk chunk) {
        synchronized (this) {
            if (!started) {
                early.add(chunk);
                return;
            }
            if (skip.remove(chunk)) {
                return;
            }
            cut(chunk);
        }
        wake.run();
    }

    @Override
    public void finished() {
        synchronized (this) {
            if (!started || finished) {
                return;
            }
            finish();
        }
        wake.run();
    }

    private void finish() {
        splitter.flush().forEach(this::keep);
        finished = true;
        log.removeListener(this);
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

    void stop() {
        log.removeListener(this);
    }
}
