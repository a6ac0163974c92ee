package dev.progeny.probes.linux;

import dev.progeny.probes.terminate.TargetReading;

/**
 * Reads one process's {@code /proc/PID/stat} afresh, for the
 * {@link dev.progeny.probes.terminate.SignalGuard} to confirm before a signal that the pid still
 * names the process a key names, through the same {@link ProcFiles} reader a snapshot uses (one
 * per reading: a reading is rare next to a snapshot's thousands). Only ENOENT and ESRCH make the
 * process absent; any other failure leaves it unreadable. Linux. Thread-safe.
 */
final class ProcIdentity {
    private static final String PROC = "/proc";

    TargetReading read(int pid) {
        try (ProcFiles files = new ProcFiles(PROC)) {
            return switch (files.read(pid, "stat")) {
                case GONE -> new TargetReading.Absent();
                case UNREADABLE -> new TargetReading.Unreadable(files.errno(), LinuxErrors.describe(files.errno()));
                case READ -> present(ProcStat.parse(files.bytes(), files.length()));
            };
        } catch (ProcFiles.Unavailable e) {
            return new TargetReading.Unreadable(e.errno, e.getMessage());
        } catch (IllegalArgumentException e) {
            return new TargetReading.Unreadable(0, "its stat line could not be parsed: " + e.getMessage());
        }
    }

    private static TargetReading present(ProcStat stat) {
        return new TargetReading.Present(stat.startTime(), stat.pgrp(), stat.session(),
                stat.state() == 'Z' || stat.state() == 'X');
    }
}
