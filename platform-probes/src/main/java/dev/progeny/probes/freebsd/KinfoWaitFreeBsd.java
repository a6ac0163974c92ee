package dev.progeny.probes.freebsd;

import static dev.progeny.probes.freebsd.FreeBsdConstants.KINFO_PROC_SIZE;

import dev.progeny.probes.bsd.CStrings;
import dev.progeny.probes.bsd.KinfoRecords;
import java.nio.ByteBuffer;

/**
 * The wait fields of one FreeBSD {@code struct kinfo_proc} (sys/sys/user.h), filled by
 * {@code fill_kinfo_thread} (sys/kern/kern_proc.c) from the process's first thread. Pure decoder,
 * tested on bytes on any OS; immutable and thread-safe.
 *
 * @param wmesg         {@code ki_wmesg}: the sleep's message, empty when not asleep
 * @param wchan         {@code ki_wchan}: the kernel address slept on (equal for two processes
 *                      asleep on the same object), 0 when not asleep
 * @param interruptible TDF_SINTR in {@code ki_tdflags}: false for a disk-like sleep
 * @param lockName      {@code ki_lockname} when KI_LOCKBLOCK is set, else empty
 * @param traced        P_TRACED in {@code ki_flag}
 * @param jail          {@code ki_jid}, 0 outside any jail
 */
public record KinfoWaitFreeBsd(int pid, int stat, String wmesg, long wchan, boolean interruptible, String lockName,
                               boolean traced, int jail) {

    /**
     * Decodes the record at the buffer's position and advances past it (buffer byte order).
     *
     * @throws IllegalArgumentException when the record is short or {@code ki_structsize} is not 1088
     */
    public static KinfoWaitFreeBsd decode(ByteBuffer buf) {
        int base = buf.position();
        KinfoRecords.requireWhole(buf, KINFO_PROC_SIZE);
        int size = buf.getInt(base + FreeBsdConstants.KI_STRUCTSIZE);
        if (size != KINFO_PROC_SIZE) {
            throw new IllegalArgumentException("ki_structsize " + size + ", expected " + KINFO_PROC_SIZE);
        }
        long kiflag = buf.getLong(base + FreeBsdConstants.KI_KIFLAG);
        long flag = buf.getLong(base + FreeBsdConstants.KI_FLAG);
        KinfoWaitFreeBsd w = new KinfoWaitFreeBsd(
                buf.getInt(base + FreeBsdConstants.KI_PID),
                buf.get(base + FreeBsdConstants.KI_STAT),
                CStrings.fixed(buf, base + FreeBsdConstants.KI_WMESG, FreeBsdConstants.KI_WMESG_LEN),
                buf.getLong(base + FreeBsdConstants.KI_WCHAN),
                (buf.getLong(base + FreeBsdConstants.KI_TDFLAGS) & FreeBsdConstants.TDF_SINTR) != 0,
                (kiflag & FreeBsdConstants.KI_LOCKBLOCK) != 0
                        ? CStrings.fixed(buf, base + FreeBsdConstants.KI_LOCKNAME, FreeBsdConstants.KI_LOCKNAME_LEN) : "",
                (flag & FreeBsdConstants.P_TRACED) != 0,
                buf.getInt(base + FreeBsdConstants.KI_JID));
        buf.position(base + KINFO_PROC_SIZE);
        return w;
    }
}
