package dev.progeny.app.gui.diagnose;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The processes the diagnosis columns show right now: cells exist only for the rows in view,
 * and each cell says which process it shows, so this is the "visible rows" set the column reads.
 * FX thread only.
 */
final class VisibleRows {
    private final Map<ProcessKey, Integer> cells = new HashMap<>();
    private final Map<ProcessKey, ProcessInfo> latest = new HashMap<>();

    void show(ProcessInfo p) {
        cells.merge(p.key(), 1, Integer::sum);
        latest.put(p.key(), p);
    }

    /** Updates what a cell already shows (a refresh replaced its row's data). */
    void update(ProcessInfo p) {
        if (cells.containsKey(p.key())) {
            latest.put(p.key(), p);
        }
    }

    void hide(ProcessKey key) {
        if (cells.merge(key, -1, Integer::sum) <= 0) {
            cells.remove(key);
            latest.remove(key);
        }
    }

    List<ProcessInfo> processes() {
        return List.copyOf(latest.values());
    }

    boolean isEmpty() {
        return latest.isEmpty();
    }
}
