package dev.progeny.probes.linux;

import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.terminate.SignalGuard;

/**
 * Reads one process's {@code /proc/PID/stat} to confirm it is still the process a key names
 * (same start time, not a zombie) and, for group signals, that it is still in the expected
 * group and outside Progeny's session. Thread-safe (one reader per thread).
 */
final class ProcIdentity {
    /** Prefix of every message meaning "nothing left to signal" rather than "refused". */
    static final String GONE = "exited";

    private final ThreadLocal<ProcReader> readers = ThreadLocal.withInitial(ProcReader::new);

    /**
     * Null when {@code key} is alive and still the same process (and, when {@code pgid > 0}, in
     * that group and in a session other than Progeny's); otherwise the reason.
     */
    String check(ProcessKey key, SignalGuard guard, int pgid) {
        ProcReader reader = readers.get();
        if (!reader.read("/proc/" + key.pid() + "/stat")) {
            return GONE + ": pid " + key.pid() + " is gone";
        }
        ProcStat stat;
        try {
            stat = ProcStat.parse(reader.bytes(), reader.length());
        } catch (IllegalArgumentException e) {
            return GONE + ": pid " + key.pid() + " could not be read";
        }
        String stale = guard.refuseStale(key, stat.startTime()).orElse(null);
        if (stale != null) {
            return stale;
        }
        if (stat.state() == 'Z' || stat.state() == 'X') {
            return GONE + ": pid " + key.pid() + " is a zombie";
        }
        if (pgid > 0 && stat.pgrp() != pgid) {
            return "pid " + key.pid() + " left process group " + pgid + " (now in " + stat.pgrp() + ")";
        }
        if (pgid > 0 && stat.session() == guard.ownSid()) {
            return "process group " + pgid + " is in Progeny's own session: its members are signalled one by one";
        }
        return null;
    }
}
