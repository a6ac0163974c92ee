package dev.progeny.app.gui.processtree;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Snapshot;
import java.util.HashMap;
import java.util.Map;

/**
 * Remembers when each process was first seen, so rows born in the last moments are marked new.
 * Processes present in the very first snapshot are not new. Not thread-safe: the refresh
 * pipeline feeds it one snapshot at a time.
 */
final class FreshTracker {
    private Map<ProcessKey, Long> firstSeen = Map.of();
    private boolean first = true;

    void update(Snapshot snapshot, long nowMillis) {
        Map<ProcessKey, Long> next = HashMap.newHashMap(snapshot.size());
        for (ProcessInfo p : snapshot.processes()) {
            ProcessKey key = p.key();
            Long seen = firstSeen.get(key);
            next.put(key, seen != null ? seen : first ? Long.MIN_VALUE : nowMillis);
        }
        firstSeen = next;
        first = false;
    }

    boolean isFresh(ProcessKey key, long nowMillis, long windowMillis) {
        Long seen = firstSeen.get(key);
        return seen != null && seen != Long.MIN_VALUE && nowMillis - seen < windowMillis;
    }
}
