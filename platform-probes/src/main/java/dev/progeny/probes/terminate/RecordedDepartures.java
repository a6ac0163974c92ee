package dev.progeny.probes.terminate;

import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.launch.RecordedExit;
import dev.progeny.probes.launch.RecordedLineage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A termination's departures as the family's recorded lineage tells them, when an exact event
 * source keeps one: each member's exit at the moment it happened and how, and the members no
 * reading of the table caught (forked by a member and gone between two readings). Without a
 * record the readings' departures stand. Any OS; not thread-safe (one per termination).
 */
final class RecordedDepartures {
    /** How long the event stream may lag behind the table before the report goes without the rest. */
    private static final Duration CATCH_UP = Duration.ofMillis(250);
    private final Optional<RecordedLineage> recorded;
    private final long mark;

    /** Marks the record now: exits after this are the termination's. */
    RecordedDepartures(Optional<RecordedLineage> recorded) {
        this.recorded = recorded;
        this.mark = recorded.map(RecordedLineage::mark).orElse(0L);
    }

    /** {@code read}, the departures the readings saw, corrected and completed by the record; in order of exit. */
    List<Departure> complete(List<Departure> read, Set<ProcessKey> members) {
        if (recorded.isEmpty()) {
            return read;
        }
        Map<ProcessKey, RecordedExit> exits = caughtUp(recorded.get(), read);
        List<Departure> out = new ArrayList<>(read.size());
        for (Departure d : read) {
            RecordedExit e = exits.remove(d.process());
            out.add(e == null ? d : departure(e));
        }
        Set<ProcessKey> family = new HashSet<>(members);
        boolean grew = true;
        while (grew) { // the record is in birth order: one pass finds nearly all, a later pass re-parented ones
            grew = false;
            for (Iterator<RecordedExit> it = exits.values().iterator(); it.hasNext(); ) {
                RecordedExit e = it.next();
                if (e.parent().filter(family::contains).isPresent()) {
                    family.add(e.process());
                    out.add(departure(e));
                    it.remove();
                    grew = true;
                }
            }
        }
        out.sort(Comparator.comparing(Departure::seenAt));
        return out;
    }

    /**
     * The exits recorded since the mark, once they include every exit a reading saw (the table can
     * be ahead of the event stream by a moment); at most {@link #CATCH_UP} later, as they are.
     */
    private Map<ProcessKey, RecordedExit> caughtUp(RecordedLineage lineage, List<Departure> read) {
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        while (true) {
            Map<ProcessKey, RecordedExit> exits = new LinkedHashMap<>();
            for (RecordedExit e : lineage.exitsSince(mark)) {
                exits.put(e.process(), e);
            }
            boolean all = read.stream().allMatch(d -> exits.containsKey(d.process()));
            if (all || !lineage.exact() || System.nanoTime() > deadline || !pause()) {
                return exits;
            }
        }
    }

    private static boolean pause() {
        try {
            Thread.sleep(2);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Departure departure(RecordedExit e) {
        return new Departure(e.process(), e.name(), e.at(), e.status());
    }
}
