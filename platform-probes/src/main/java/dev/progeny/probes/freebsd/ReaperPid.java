package dev.progeny.probes.freebsd;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code struct procctl_reaper_pidinfo} (sys/sys/procctl.h) from
 * {@code PROC_REAP_GETPIDS}: a descendant of the reaper. Pure decoder; immutable and
 * thread-safe.
 *
 * @param pid     {@code pi_pid}
 * @param subtree {@code pi_subtree}: the reaper's direct child this process descends from
 * @param flags   {@code pi_flags}: REAPER_PIDINFO_*
 */
public record ReaperPid(int pid, int subtree, int flags) {
    private static final int PI_PID = 0;
    private static final int PI_SUBTREE = 4;
    private static final int PI_FLAGS = 8;

    /**
     * Decodes up to {@code capacity} entries from the buffer's position. The kernel returns no
     * count (procctl(2)): the array is zeroed before the call and the list ends at the first
     * entry without REAPER_PIDINFO_VALID.
     */
    public static List<ReaperPid> decodeAll(ByteBuffer buf, int capacity) {
        int base = buf.position();
        int n = Math.min(capacity, buf.remaining() / FreeBsdConstants.REAPER_PIDINFO_SIZE);
        List<ReaperPid> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int at = base + i * FreeBsdConstants.REAPER_PIDINFO_SIZE;
            int flags = buf.getInt(at + PI_FLAGS);
            if ((flags & FreeBsdConstants.REAPER_PIDINFO_VALID) == 0) {
                break;
            }
            out.add(new ReaperPid(buf.getInt(at + PI_PID), buf.getInt(at + PI_SUBTREE), flags));
        }
        return out;
    }

    /** A direct child of the reaper (an orphan adopted by it, or one it started). */
    public boolean isChild() {
        return has(FreeBsdConstants.REAPER_PIDINFO_CHILD);
    }

    /** A reaper itself: its own descendants are listed under it too. */
    public boolean isReaper() {
        return has(FreeBsdConstants.REAPER_PIDINFO_REAPER);
    }

    /** Zombie; only newer kernels set this bit, so false can also mean "not reported". */
    public boolean isZombie() {
        return has(FreeBsdConstants.REAPER_PIDINFO_ZOMBIE);
    }

    private boolean has(int bit) {
        return (flags & bit) != 0;
    }
}
