package dev.progeny.probes.linux;

import dev.progeny.probes.terminate.TargetReading;

/**
 * Reads one process's {@code /proc/PID/stat} afresh, for the {@link dev.progeny.probes.terminate.SignalGuard}
 * to confirm before a signal that the pid still names the process a key names, through the same
 * {@link ProcFiles} reader a snapshot uses (one per reading: a reading is rare next to a
 * snapshot's thousands). Linux. Thread-safe.
 */
final class ProcIdentity {
    private static final String PROC = "/proc";

    TargetReading read(int pid) {
        ProcStat stat;
        try (ProcFiles files = new ProcFiles(PROC)) {
            if (!files.read(pid, "stat")) {
                return new TargetReading.Absent();
            }
            stat = ProcStat.parse(files.bytes(), files.length());
        } catch (IllegalArgumentException e) {
            return new TargetReading.Absent();
        }
        return new TargetReading.Present(stat.startTime(), stat.pgrp(), stat.session(),
                stat.state() == 'Z' || stat.state() == 'X');
    }
}
