package dev.progeny.app.gui.processtree;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Snapshot;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * CPU % per process from the CPU-time difference between two readings of that process, in
 * percent of one core (as top shows it). A process seen for the first time shows 0. Each process
 * is measured over the time between its own readings: a snapshot that carried a process over
 * from an earlier one (the launches view rereads only its members between full readings) keeps
 * that process's last rate, and its next reading is spread over all the time since, never over
 * one refresh. Not thread-safe: the refresh pipeline feeds it one snapshot at a time.
 */
public final class CpuTracker {
    /** A process's CPU time when it was last read, and the rate measured then (0 at its first reading). */
    private record Reading(long cpuNanos, long atNanos, double percent) {
    }

    private Map<ProcessKey, Reading> readings = Map.of();

    /**
     * Takes the next snapshot into account.
     *
     * @param reread the pids the snapshot read now; any other process it holds was carried over
     */
    public void update(Snapshot snapshot, IntPredicate reread) {
        long nowNanos = snapshot.takenAt().getEpochSecond() * 1_000_000_000L + snapshot.takenAt().getNano();
        Map<ProcessKey, Reading> next = HashMap.newHashMap(snapshot.size());
        for (ProcessInfo p : snapshot.processes()) {
            ProcessKey key = p.key();
            Reading before = readings.get(key);
            Reading now;
            if (before == null) {
                now = new Reading(p.cpuNanos(), nowNanos, 0);
            } else if (!reread.test(p.pid())) {
                now = before;
            } else {
                long elapsed = nowNanos - before.atNanos();
                now = elapsed > 0
                        ? new Reading(p.cpuNanos(), nowNanos, Math.max(0, p.cpuNanos() - before.cpuNanos()) * 100.0 / elapsed)
                        : before;
            }
            next.put(key, now);
        }
        readings = next;
    }

    /** The percentage as of the latest snapshot. */
    public double percentOf(ProcessKey key) {
        Reading r = readings.get(key);
        return r == null ? 0.0 : r.percent();
    }
}
