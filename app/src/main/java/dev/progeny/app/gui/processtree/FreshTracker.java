package dev.progeny.app.gui.processtree;

import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.events.EventRecorder;
import dev.progeny.probes.events.HistoryView;
import dev.progeny.probes.events.ProcessRecord;
import java.util.Optional;

/**
 * Which rows are new: processes the history learnt of after its first reading of the table,
 * started less than a moment ago (by their fork with an exact source, by their start time
 * otherwise). Processes Progeny found already running are not new. Reads the one history; thread-safe.
 */
final class FreshTracker {
    private final EventRecorder events;

    FreshTracker(EventRecorder events) {
        this.events = events;
    }

    boolean isFresh(ProcessKey key, long nowMillis, long windowMillis) {
        long baseline = events.baseline();
        HistoryView view = events.history().view();
        Optional<ProcessRecord> r = view.record(key);
        return baseline >= 0 && r.isPresent() && view.bornAfter(r.get(), baseline)
                && nowMillis - events.history().epochMillisOf(r.get().startNanos()) < windowMillis;
    }
}
