package dev.progeny.probes.events;

import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.launch.ExitStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The processes of one launch (or of no launch), in the order the history learnt of them, at
 * most about {@code cap}: beyond it the oldest ended ones are summarised into counts. Written only
 * under the history's lock; read lock-free through {@link #published()}, an immutable state
 * whose array prefix is never written again (appends go past it, summarising copies).
 */
final class LaunchLog {
    /** The state readers see; {@code moved} says some cells have since moved to a launch's log. */
    record Published(String id, ProcessKey root, HistoryCell[] cells, int size, Outcomes ended, Outcomes summarised,
                     boolean moved) {
    }

    private final String id;
    private final ProcessKey root;
    private final int cap;
    private HistoryCell[] cells = new HistoryCell[16];
    private int size;
    private int limit;
    private Outcomes ended = Outcomes.NONE;
    private Outcomes summarised = Outcomes.NONE;
    private boolean moved;
    private volatile Published published;

    LaunchLog(String id, ProcessKey root, int cap) {
        this.id = id;
        this.root = root;
        this.cap = cap;
        this.limit = cap;
        publish();
    }

    String id() {
        return id;
    }

    Published published() {
        return published;
    }

    /** Appends {@code cell}; returns the cells summarised to stay within the cap (forget their keys). */
    List<HistoryCell> append(HistoryCell cell) {
        if (size == cells.length) {
            cells = Arrays.copyOf(cells, size * 2);
        }
        cells[size++] = cell;
        cell.log = this;
        if (cell.record.ended()) {
            ended = ended.plus(cell.record.status().orElse(null));
        }
        List<HistoryCell> dropped = size > limit ? summarise() : List.of();
        publish();
        return dropped;
    }

    void ended(ExitStatus status) {
        ended = ended.plus(status);
        publish();
    }

    /** {@code cell} of this log moves to a launch's log: readers skip it here from now on. */
    void movedOut(HistoryCell cell) {
        moved = true;
        if (cell.record.ended()) {
            ended = ended.minus(cell.record.status().orElse(null));
        }
        publish();
    }

    /** The cells appended at or after sequence number {@code bornSeq}, oldest first. */
    List<HistoryCell> tailSince(long bornSeq) {
        int from = size;
        while (from > 0 && cells[from - 1].record.bornSeq >= bornSeq) {
            from--;
        }
        return List.copyOf(Arrays.asList(cells).subList(from, size));
    }

    /**
     * Drops the oldest ended processes (and cells that moved to another log) down to nine tenths
     * of the cap, counting the dropped ones by outcome. Live processes are never dropped: with
     * more alive than the cap, the log grows, and tries again a tenth of the cap later.
     */
    private List<HistoryCell> summarise() {
        int target = cap - cap / 10;
        int excess = size - target;
        List<HistoryCell> dropped = new ArrayList<>();
        HistoryCell[] kept = new HistoryCell[Math.max(16, cells.length)];
        int n = 0;
        for (int i = 0; i < size; i++) {
            HistoryCell c = cells[i];
            boolean here = c.log == this;
            if (excess > 0 && (!here || c.record.ended())) {
                excess--;
                if (here) {
                    summarised = summarised.plus(c.record.status().orElse(null));
                    dropped.add(c);
                }
            } else {
                kept[n++] = c;
            }
        }
        cells = kept;
        size = n;
        moved = false;
        for (int i = 0; i < n && !moved; i++) {
            moved = cells[i].log != this;
        }
        limit = Math.max(cap, size + Math.max(1, cap / 10));
        return dropped;
    }

    private void publish() {
        published = new Published(id, root, cells, size, ended, summarised, moved);
    }
}
