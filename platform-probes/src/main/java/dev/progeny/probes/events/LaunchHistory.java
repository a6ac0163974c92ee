package dev.progeny.probes.events;

import dev.progeny.probes.ProcessKey;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * Every process of one launch (or of no launch) that a {@link HistoryView} knows, in the order
 * the history learnt of them: start order with an exact source, each reading's births in start
 * order with polling. A timeline draws it as is: each record has its parent's key and its nesting
 * {@link ProcessRecord#depth()}; {@link #bornAfter} gives what is new since the last frame.
 * Immutable (a view over the history's log, no copy); every OS; thread-safe.
 */
public final class LaunchHistory {
    private final LaunchLog.Published state;
    private final List<ProcessRecord> records;

    LaunchHistory(LaunchLog.Published state, long seq) {
        this.state = state;
        int visible = state.size();
        while (visible > 0 && state.cells()[visible - 1].record.bornSeq > seq) {
            visible--;
        }
        this.records = state.moved() ? present(state, visible) : new Prefix(state.cells(), visible);
    }

    /** The launch id; empty for the processes of no launch. */
    public Optional<String> id() {
        return Optional.ofNullable(state.id());
    }

    /** The launch's root as registered; empty for the processes of no launch. */
    public Optional<ProcessKey> root() {
        return Optional.ofNullable(state.root());
    }

    /** The processes kept (the oldest ended ones beyond the cap are only counted: {@link #summarised()}). */
    public List<ProcessRecord> records() {
        return records;
    }

    /** The records the history learnt of after sequence number {@code seq} (see {@link HistoryView#seq()}). */
    public List<ProcessRecord> bornAfter(long seq) {
        int from = records.size();
        while (from > 0 && records.get(from - 1).bornSeq > seq) {
            from--;
        }
        return records.subList(from, records.size());
    }

    /** How many processes the launch ever had, summarised ones included. */
    public int started() {
        return records.size() + state.summarised().total();
    }

    /** How its ended processes ended, summarised ones included ("1,234 ran · 3 failed · 1 killed"). */
    public Outcomes outcomes() {
        return state.ended();
    }

    /** The oldest ended processes dropped to stay within the cap, counted by outcome; never silently lost. */
    public Outcomes summarised() {
        return state.summarised();
    }

    private static List<ProcessRecord> present(LaunchLog.Published state, int visible) {
        List<ProcessRecord> out = new ArrayList<>(visible);
        for (int i = 0; i < visible; i++) {
            ProcessRecord r = state.cells()[i].record;
            if (Objects.equals(r.launch().orElse(null), state.id())) {
                out.add(r);
            }
        }
        return List.copyOf(out);
    }

    /** The first {@code size} cells' records, read as the list is read. */
    private static final class Prefix extends AbstractList<ProcessRecord> implements RandomAccess {
        private final HistoryCell[] cells;
        private final int size;

        Prefix(HistoryCell[] cells, int size) {
            this.cells = cells;
            this.size = size;
        }

        @Override
        public ProcessRecord get(int index) {
            Objects.checkIndex(index, size);
            return cells[index].record;
        }

        @Override
        public int size() {
            return size;
        }
    }
}
