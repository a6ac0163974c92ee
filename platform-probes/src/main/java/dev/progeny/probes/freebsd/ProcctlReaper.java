package dev.progeny.probes.freebsd;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import dev.progeny.probes.posix.ErrnoException;
import java.io.IOException;
import java.nio.ByteOrder;
import java.util.List;

/**
 * Progeny as the FreeBSD reaper of everything it launches ({@code procctl(2)},
 * sys/sys/procctl.h): orphans of its descendants come back to it instead of init, it can list
 * them all and signal them all. Only orphans of processes forked <em>after</em>
 * {@link #acquire()} are adopted, so the platform acquires before the first launch. Adopted
 * orphans are Progeny's children: it must reap them itself (waitpid on their pids). Thread-safe.
 */
public final class ProcctlReaper {
    /** GETPIDS fills at most this many entries; a family larger than this is listed in part. */
    static final int MAX_PIDS = 4096;

    private final FreeBsdLibc libc;
    private final int self;

    ProcctlReaper(FreeBsdLibc libc, int self) {
        this.libc = libc;
        this.self = self;
    }

    /** {@code PROC_REAP_ACQUIRE} on ourselves; already being the reaper (EBUSY) is success. */
    public void acquire() throws IOException {
        if (libc.procctl(FreeBsdConstants.P_PID, self, FreeBsdConstants.PROC_REAP_ACQUIRE, null) != 0) {
            int errno = Native.getLastError();
            if (errno != FreeBsdConstants.EBUSY) {
                throw new ErrnoException("procctl(PROC_REAP_ACQUIRE)", errno);
            }
        }
    }

    public ReaperStatus status() throws IOException {
        try (Memory rs = new Memory(FreeBsdConstants.REAPER_STATUS_SIZE)) {
            rs.clear();
            call(FreeBsdConstants.PROC_REAP_STATUS, rs, "PROC_REAP_STATUS");
            return ReaperStatus.decode(rs.getByteBuffer(0, rs.size()).order(ByteOrder.nativeOrder()));
        }
    }

    /** Every descendant of ours (adopted orphans included), zeroed array as procctl(2) asks. */
    public List<ReaperPid> descendants() throws IOException {
        long arrayBytes = (long) MAX_PIDS * FreeBsdConstants.REAPER_PIDINFO_SIZE;
        try (Memory pids = new Memory(arrayBytes); Memory request = new Memory(FreeBsdConstants.REAPER_PIDS_SIZE)) {
            pids.clear();
            request.clear();
            request.setInt(0, MAX_PIDS);
            request.setPointer(FreeBsdConstants.REAPER_PIDS_ARRAY_OFFSET, pids);
            call(FreeBsdConstants.PROC_REAP_GETPIDS, request, "PROC_REAP_GETPIDS");
            return ReaperPid.decodeAll(pids.getByteBuffer(0, arrayBytes).order(ByteOrder.nativeOrder()), MAX_PIDS);
        }
    }

    /** Signals our descendants as {@code kill} says; none left to signal gives a count of 0. */
    public ReaperKill.Result kill(ReaperKill kill) throws IOException {
        try (Memory rk = new Memory(FreeBsdConstants.REAPER_KILL_SIZE)) {
            kill.encode(rk.getByteBuffer(0, rk.size()).order(ByteOrder.nativeOrder()));
            if (libc.procctl(FreeBsdConstants.P_PID, self, FreeBsdConstants.PROC_REAP_KILL, rk) != 0) {
                int errno = Native.getLastError();
                // procctl(2): ESRCH when no descendant matched, i.e. nothing was left to signal.
                if (errno == FreeBsdConstants.ESRCH) {
                    return new ReaperKill.Result(0, -1);
                }
                throw new ErrnoException("procctl(PROC_REAP_KILL)", errno);
            }
            return ReaperKill.Result.decode(rk.getByteBuffer(0, rk.size()).order(ByteOrder.nativeOrder()));
        }
    }

    private void call(int cmd, Memory data, String name) throws IOException {
        if (libc.procctl(FreeBsdConstants.P_PID, self, cmd, data) != 0) {
            throw new ErrnoException("procctl(" + name + ")", Native.getLastError());
        }
    }
}
