package dev.progeny.probes.terminate;

import dev.progeny.probes.ProcessInfo;

/**
 * What a fresh reading of a signal's target found just before the signal goes: the facts the
 * {@link SignalGuard} checks. Every OS reads them its own way (Linux {@code /proc/PID/stat},
 * the BSDs {@code kern.proc.pid}). Immutable.
 */
public sealed interface TargetReading {

    /** The pid is listed: the process's start time, group and session, and whether it is a zombie. */
    record Present(long startTime, int pgid, int sid, boolean zombie) implements TargetReading {
    }

    /** No process has that pid any more (the OS said so: ENOENT, ESRCH, or not listed). */
    record Absent() implements TargetReading {
    }

    /**
     * The pid could not be read, for a reason other than its absence (e.g. EMFILE, EACCES): it
     * may well be alive, so nothing may be sent to it and nothing may count it as gone.
     *
     * @param errno  the OS's error number
     * @param reason the OS's words for it, for messages
     */
    record Unreadable(int errno, String reason) implements TargetReading {
    }

    static TargetReading of(ProcessInfo p) {
        return new Present(p.startTime(), p.pgid(), p.sid(), p.isZombie());
    }
}
