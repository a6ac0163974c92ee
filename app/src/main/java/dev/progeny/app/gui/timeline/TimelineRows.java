package dev.progeny.app.gui.timeline;

import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.events.LaunchHistory;
import dev.progeny.probes.events.ProcessRecord;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A launch's processes as timeline rows, one bar per row, nested by parentage: each process
 * right below its parent, siblings in start order (depth-first). Built off the FX thread from one
 * history view, in time linear in the processes; drawing then only touches the visible rows.
 * Immutable; pure.
 *
 * @param bars      the rows, top first
 * @param firstNanos the earliest start (the left end of "fit")
 * @param lastNanos  the latest end, or the build time while anything runs (the right edge)
 * @param summarised how many ended processes the history only counted (beyond its cap)
 */
public record TimelineRows(List<TimelineBar> bars, long firstNanos, long lastNanos, int summarised) {
    public static final TimelineRows EMPTY = new TimelineRows(List.of(), 0, 0, 0);

    public TimelineRows {
        bars = List.copyOf(bars);
    }

    /** The rows of {@code launch} as of {@code nowNanos}; only failed and killed processes when {@code onlyFailed}. */
    public static TimelineRows of(LaunchHistory launch, long nowNanos, boolean onlyFailed) {
        List<ProcessRecord> records = launch.records();
        Map<ProcessKey, Integer> index = HashMap.newHashMap(records.size());
        for (int i = 0; i < records.size(); i++) {
            index.put(records.get(i).key(), i);
        }
        List<List<Integer>> children = new ArrayList<>(records.size());
        List<Integer> tops = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            children.add(null);
            Integer parent = records.get(i).parent().map(index::get).orElse(null);
            if (parent == null || parent >= i) {
                tops.add(i); // a parent learnt of after its child cannot nest it: no cycle is possible
            } else {
                List<Integer> siblings = children.get(parent);
                if (siblings == null) {
                    siblings = new ArrayList<>(2);
                    children.set(parent, siblings);
                }
                siblings.add(i);
            }
        }
        List<TimelineBar> bars = new ArrayList<>(records.size());
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        ArrayDeque<int[]> todo = new ArrayDeque<>();
        for (int t = tops.size() - 1; t >= 0; t--) {
            todo.push(new int[] {tops.get(t), 0, -1});
        }
        while (!todo.isEmpty()) {
            int[] next = todo.pop();
            ProcessRecord r = records.get(next[0]);
            long end = r.endNanos().orElse(Math.max(nowNanos, r.startNanos()));
            TimelineBar bar = new TimelineBar(r, next[1], next[2], r.startNanos(), end);
            int row = -1;
            if (!onlyFailed || bar.failed()) {
                row = bars.size();
                bars.add(bar);
                first = Math.min(first, bar.startNanos());
                last = Math.max(last, end);
            }
            List<Integer> kids = children.get(next[0]);
            for (int k = kids == null ? -1 : kids.size() - 1; k >= 0; k--) {
                todo.push(new int[] {kids.get(k), next[1] + 1, row});
            }
        }
        int summarised = launch.summarised().total();
        return bars.isEmpty() ? new TimelineRows(List.of(), 0, 0, summarised)
                : new TimelineRows(bars, first, last, summarised);
    }

    /** The row of process {@code key}, if shown. */
    public Optional<Integer> rowOf(ProcessKey key) {
        for (int i = 0; i < bars.size(); i++) {
            if (bars.get(i).record().key().equals(key)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
