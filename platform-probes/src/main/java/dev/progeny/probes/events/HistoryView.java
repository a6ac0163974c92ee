package dev.progeny.probes.events;

import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.launch.RecordedExit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The history as of one moment (its sequence number {@link #seq()}), taken in constant time
 * without a lock or a copy. Which processes exist and which have ended is answered as of that
 * moment ({@link #alive}, {@link #ended}); a record read through the view may also show facts
 * learnt since (a later exec or exit), never half of one. Two views' sequence numbers bound what
 * changed between them ({@link LaunchHistory#bornAfter}, {@link #endedBetween}). Every OS;
 * thread-safe.
 */
public final class HistoryView {
    private final ProcessHistory history;
    private final long seq;

    HistoryView(ProcessHistory history, long seq) {
        this.history = history;
        this.seq = seq;
    }

    /** The number of events (and launch registrations) the history had taken in at this view. */
    public long seq() {
        return seq;
    }

    /** The process {@code key}, when the history knew it at this view and has not summarised it since. */
    public Optional<ProcessRecord> record(ProcessKey key) {
        HistoryCell cell = history.cell(key);
        return cell == null || cell.record.bornSeq > seq ? Optional.empty() : Optional.of(cell.record);
    }

    /** Whether {@code r} was alive (as far as the source knew) at this view. */
    public boolean alive(ProcessRecord r) {
        return r.bornSeq <= seq && r.endSeq > seq;
    }

    /** Whether {@code r} had ended at this view. */
    public boolean ended(ProcessRecord r) {
        return r.endSeq <= seq;
    }

    /** Whether {@code r} ended after view {@code earlier} and by this one: an exit to show once. */
    public boolean endedBetween(ProcessRecord r, long earlier) {
        return r.endSeq > earlier && r.endSeq <= seq;
    }

    /** Whether the history learnt of {@code r} after view {@code earlier}: a birth to show once. */
    public boolean bornAfter(ProcessRecord r, long earlier) {
        return r.bornSeq > earlier && r.bornSeq <= seq;
    }

    /** The processes of launch {@code id}, empty when it was never registered. */
    public LaunchHistory launch(String id) {
        return new LaunchHistory(history.published(id), seq);
    }

    /** The processes of no launch (the rest of the system, with a system-wide source). */
    public LaunchHistory unlaunched() {
        return new LaunchHistory(history.published(null), seq);
    }

    /** The ids of the launches registered so far. */
    public Set<String> launches() {
        return history.launchIds();
    }

    /**
     * The exits an exact source saw after view {@code earlier} and by this one, of every process
     * kept (launched or not), oldest birth first. Reads every record kept: for a report, not a frame.
     */
    public List<RecordedExit> exitsSeenAfter(long earlier) {
        List<RecordedExit> out = new ArrayList<>();
        for (String id : launches()) {
            addExits(launch(id), earlier, out);
        }
        addExits(unlaunched(), earlier, out);
        return out;
    }

    private void addExits(LaunchHistory processes, long earlier, List<RecordedExit> out) {
        for (ProcessRecord r : processes.records()) {
            if (r.endSeen() && endedBetween(r, earlier)) {
                out.add(new RecordedExit(r.key(), r.parent(), r.name(),
                        Instant.ofEpochMilli(history.epochMillisOf(r.endNanos().orElseThrow())), r.status()));
            }
        }
    }

    /** What the source lost so far (see {@link ProcessEvent.Lost}). */
    public Losses losses() {
        return history.losses();
    }
}
