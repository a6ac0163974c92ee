package dev.progeny.probes.macos;

import dev.progeny.probes.ProcessState;
import dev.progeny.probes.diagnose.WaitDecoder;
import dev.progeny.probes.diagnose.WaitingFor;
import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * What macOS tells about a wait, decoded from {@code proc_pidinfo} replies (bsd/sys/proc_info.h):
 * {@code PROC_PIDTBSDINFO}'s flags (traced, exiting, a vfork parent) and the first thread's
 * {@code PROC_PIDTHREADINFO} run state and seconds asleep. macOS exposes no wait channel, wait
 * message or current system call (kinfo_proc's {@code e_wmesg} and {@code p_wchan} are no longer
 * filled), so a sleep is never told apart from a pipe or a child wait. Pure; thread-safe.
 */
public final class MacOsWaits {
    private MacOsWaits() {
    }

    /** pbi_flags, from a 136-byte {@code struct proc_bsdinfo}. */
    public static int bsdFlags(ByteBuffer bsdinfo) {
        requireSize(bsdinfo, MacOsConstants.PROC_BSDINFO_SIZE, "proc_bsdinfo");
        return bsdinfo.getInt(bsdinfo.position() + MacOsConstants.PBI_FLAGS);
    }

    /** {run state, seconds asleep}, from a 112-byte {@code struct proc_threadinfo}. */
    public static int[] threadState(ByteBuffer threadinfo) {
        requireSize(threadinfo, MacOsConstants.PROC_THREADINFO_SIZE, "proc_threadinfo");
        int at = threadinfo.position();
        return new int[] {threadinfo.getInt(at + MacOsConstants.PTH_RUN_STATE), threadinfo.getInt(at + MacOsConstants.PTH_SLEEP_TIME)};
    }

    /**
     * @param flags  pbi_flags
     * @param thread {@link #threadState} of the first thread, empty when unreadable
     */
    public static WaitingFor decode(ProcessState state, int flags, Optional<int[]> thread) {
        if (state == ProcessState.STOPPED && (flags & MacOsConstants.PROC_FLAG_TRACED) != 0) {
            return new WaitingFor.Stopped(true, Optional.empty());
        }
        if (state != ProcessState.SLEEPING) {
            return WaitDecoder.fromStateOnly(state);
        }
        if ((flags & MacOsConstants.PROC_FLAG_PPWAIT) != 0) {
            return other("waiting for its vfork child to exec");
        }
        if ((flags & MacOsConstants.PROC_FLAG_INEXIT) != 0) {
            return other("exiting");
        }
        return thread.map(t -> switch (t[0]) {
            case MacOsConstants.TH_STATE_UNINTERRUPTIBLE -> (WaitingFor) new WaitingFor.Disk(Optional.empty(), Optional.empty());
            case MacOsConstants.TH_STATE_RUNNING -> new WaitingFor.Running();
            case MacOsConstants.TH_STATE_STOPPED -> new WaitingFor.Stopped(false, Optional.empty());
            case MacOsConstants.TH_STATE_WAITING -> other("waiting for " + t[1] + " s (macOS does not say on what)");
            default -> other("halted");
        }).orElse(other("waiting (macOS does not say on what)"));
    }

    private static WaitingFor other(String what) {
        return new WaitingFor.Other(what, Optional.empty(), Optional.empty());
    }

    private static void requireSize(ByteBuffer buf, int size, String what) {
        if (buf.remaining() < size) {
            throw new IllegalArgumentException("truncated " + what + ": " + buf.remaining() + " bytes, expected " + size);
        }
    }
}
