package dev.progeny.probes.freebsd;

import java.nio.ByteBuffer;

/**
 * {@code struct procctl_reaper_status} (sys/sys/procctl.h), the answer to
 * {@code procctl(P_PID, pid, PROC_REAP_STATUS, &rs)}. Pure decoder; immutable and thread-safe.
 *
 * @param flags       {@code rs_flags}: REAPER_STATUS_OWNED, REAPER_STATUS_REALINIT
 * @param children    {@code rs_children}: direct children of the reaper
 * @param descendants {@code rs_descendants}: all descendants of the reaper
 * @param reaper      {@code rs_reaper}: the reaper of the asked process (itself if it is one)
 * @param pid         {@code rs_pid}: the pid of one reaper child, -1 when there is none
 */
public record ReaperStatus(int flags, int children, int descendants, int reaper, int pid) {
    private static final int RS_FLAGS = 0;
    private static final int RS_CHILDREN = 4;
    private static final int RS_DESCENDANTS = 8;
    private static final int RS_REAPER = 12;
    private static final int RS_PID = 16;

    /** Decodes the 80-byte struct at the buffer's position (buffer byte order). */
    public static ReaperStatus decode(ByteBuffer buf) {
        if (buf.remaining() < FreeBsdConstants.REAPER_STATUS_SIZE) {
            throw new IllegalArgumentException("truncated procctl_reaper_status: " + buf.remaining() + " bytes");
        }
        int base = buf.position();
        return new ReaperStatus(buf.getInt(base + RS_FLAGS), buf.getInt(base + RS_CHILDREN),
                buf.getInt(base + RS_DESCENDANTS), buf.getInt(base + RS_REAPER), buf.getInt(base + RS_PID));
    }

    /** Whether the asked process is a reaper itself (acquired, not inherited). */
    public boolean owned() {
        return (flags & FreeBsdConstants.REAPER_STATUS_OWNED) != 0;
    }
}
