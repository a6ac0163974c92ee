package dev.progeny.app.gui.processtree;

import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.SignalTable;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.events.EventRecorder;
import dev.progeny.probes.events.ProcessRecord;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps rows whose process (or launch) just ended for {@link TreeBuilder#HIGHLIGHT_MILLIS},
 * marked exited, where they were (as htop does). When the process ended is what the history says
 * (its exit with an exact source); a row gone before the history heard of the end counts from the
 * refresh that missed it; it says how it ended when the history knows. A row that only left because of the filter is no tombstone. Not
 * thread-safe: the refresh pipeline uses it one tick at a time.
 */
final class Tombstones {
    private final EventRecorder events;
    private final SignalTable signals;
    private final Map<RowId, Long> goneSince = new HashMap<>();

    Tombstones(EventRecorder events, SignalTable signals) {
        this.events = events;
        this.signals = signals;
    }

    /** Adds to {@code rows} the rows of {@code previous} that ended less than a moment ago. */
    void keep(Snapshot snapshot, List<LaunchRows> launches, TreeModel previous, Map<RowId, TreeModel.Entry> rows,
              long now) {
        Set<String> launchIds = new HashSet<>();
        for (LaunchRows l : launches) {
            launchIds.add(l.id());
        }
        goneSince.keySet().retainAll(previous.entries().keySet());
        for (Map.Entry<RowId, TreeModel.Entry> e : previous.entries().entrySet()) {
            RowId id = e.getKey();
            TreeModel.Entry old = e.getValue();
            boolean gone = id.isLaunch() ? !launchIds.contains(id.scope()) : !snapshot.contains(id.process());
            if (rows.containsKey(id) || !gone || (old.parent() != null && !rows.containsKey(old.parent()))) {
                continue;
            }
            long since = goneSince.computeIfAbsent(id, k -> k.isLaunch() ? now : endedAt(k.process()).orElse(now));
            if (now - since < TreeBuilder.HIGHLIGHT_MILLIS) {
                rows.put(id, new TreeModel.Entry(old.parent(), old.data().exited(id.isLaunch() ? ""
                        : ExitWords.of(events.history().view().record(id.process()).flatMap(ProcessRecord::status),
                        signals))));
            }
        }
    }

    private Optional<Long> endedAt(ProcessKey key) {
        return events.history().view().record(key).flatMap(ProcessRecord::endNanos)
                .map(events.history()::epochMillisOf);
    }
}
