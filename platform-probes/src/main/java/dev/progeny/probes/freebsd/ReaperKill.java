package dev.progeny.probes.freebsd;

import java.nio.ByteBuffer;

/**
 * {@code struct procctl_reaper_kill} (sys/sys/procctl.h) for {@code PROC_REAP_KILL}: the request
 * is encoded, the result decoded, both pure. Immutable and thread-safe.
 *
 * @param signal  {@code rk_sig}, a FreeBSD signal number; 0 is refused by the kernel (EINVAL)
 * @param flags   {@code rk_flags}: 0 = every descendant, REAPER_KILL_CHILDREN, REAPER_KILL_SUBTREE
 * @param subtree {@code rk_subtree}: with REAPER_KILL_SUBTREE, the reaper child whose subtree dies
 */
public record ReaperKill(int signal, int flags, int subtree) {
    private static final int RK_SIG = 0;
    private static final int RK_FLAGS = 4;
    private static final int RK_SUBTREE = 8;
    private static final int RK_KILLED = 12;
    private static final int RK_FPID = 16;

    public ReaperKill {
        if (signal <= 0) {
            throw new IllegalArgumentException("PROC_REAP_KILL needs a signal, not " + signal);
        }
    }

    /** Every descendant of the reaper. */
    public static ReaperKill all(int signal) {
        return new ReaperKill(signal, 0, 0);
    }

    /** The descendants of one direct child of the reaper, that child included. */
    public static ReaperKill subtree(int signal, int reaperChild) {
        return new ReaperKill(signal, FreeBsdConstants.REAPER_KILL_SUBTREE, reaperChild);
    }

    /** Writes the 80-byte request at the buffer's position, padding zeroed. */
    public void encode(ByteBuffer buf) {
        int base = buf.position();
        for (int i = 0; i < FreeBsdConstants.REAPER_KILL_SIZE; i++) {
            buf.put(base + i, (byte) 0);
        }
        buf.putInt(base + RK_SIG, signal).putInt(base + RK_FLAGS, flags).putInt(base + RK_SUBTREE, subtree);
    }

    /**
     * The kernel's answer.
     *
     * @param killed         {@code rk_killed}: how many processes were signalled
     * @param firstFailedPid {@code rk_fpid}: the first pid that could not be signalled, -1 if none
     */
    public record Result(int killed, int firstFailedPid) {
        public static Result decode(ByteBuffer buf) {
            if (buf.remaining() < FreeBsdConstants.REAPER_KILL_SIZE) {
                throw new IllegalArgumentException("truncated procctl_reaper_kill: " + buf.remaining() + " bytes");
            }
            int base = buf.position();
            return new Result(buf.getInt(base + RK_KILLED), buf.getInt(base + RK_FPID));
        }
    }
}
