package dev.progeny.app.gui.processtree;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Snapshot;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU % per process from the CPU-time difference between two consecutive snapshots, in percent
 * of one core (as top shows it). A process seen for the first time shows 0. Not thread-safe:
 * the refresh pipeline feeds it one snapshot at a time.
 */
public final class CpuTracker {
    private Map<ProcessKey, Long> previous = Map.of();
    private long previousNanos;
    private Map<ProcessKey, Double> percent = Map.of();

    /** Takes the next snapshot into account and returns the percentages it yields. */
    public Map<ProcessKey, Double> update(Snapshot snapshot) {
        long nowNanos = snapshot.takenAt().getEpochSecond() * 1_000_000_000L + snapshot.takenAt().getNano();
        long elapsed = nowNanos - previousNanos;
        Map<ProcessKey, Long> cpu = HashMap.newHashMap(snapshot.size());
        Map<ProcessKey, Double> out = HashMap.newHashMap(snapshot.size());
        for (ProcessInfo p : snapshot.processes()) {
            ProcessKey key = p.key();
            cpu.put(key, p.cpuNanos());
            Long before = previous.get(key);
            if (before != null && elapsed > 0) {
                out.put(key, Math.max(0, p.cpuNanos() - before) * 100.0 / elapsed);
            }
        }
        previous = cpu;
        previousNanos = nowNanos;
        percent = out;
        return out;
    }

    /** The percentages of the latest snapshot. */
    public double percentOf(ProcessKey key) {
        return percent.getOrDefault(key, 0.0);
    }
}
