package dev.progeny.probes.macos;

import static dev.progeny.probes.macos.MacOsConstants.KINFO_PROC_SIZE;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.bsd.CStrings;
import dev.progeny.probes.bsd.KinfoRecords;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * The fields Progeny uses from one macOS {@code struct kinfo_proc} (bsd/sys/sysctl.h), as
 * returned by {@code sysctl {CTL_KERN, KERN_PROC, KERN_PROC_ALL}}. It has no session id (use
 * {@code getsid}) and no size field, so only the length is checked. Pure decoder, tested on
 * bytes on any OS; immutable and thread-safe.
 *
 * @param stat        {@code p_stat}, see {@link MacOsStates}
 * @param tdev        {@code e_tdev}, -1 (NODEV) without a controlling terminal
 * @param startMicros {@code p_starttime} as microseconds since the epoch
 */
public record KinfoProcMacOs(int pid, int ppid, int pgid, int tpgid, int ruid, int stat, String comm, int tdev,
                             long startMicros) {

    /**
     * Decodes the record at the buffer's position and advances past it (buffer byte order).
     *
     * @throws IllegalArgumentException when fewer than 648 bytes remain
     */
    public static KinfoProcMacOs decode(ByteBuffer buf) {
        KinfoRecords.requireWhole(buf, KINFO_PROC_SIZE);
        int base = buf.position();
        long sec = buf.getLong(base + MacOsConstants.P_STARTTIME);
        int usec = buf.getInt(base + MacOsConstants.P_STARTTIME_USEC);
        KinfoProcMacOs k = new KinfoProcMacOs(
                buf.getInt(base + MacOsConstants.P_PID),
                buf.getInt(base + MacOsConstants.E_PPID),
                buf.getInt(base + MacOsConstants.E_PGID),
                buf.getInt(base + MacOsConstants.E_TPGID),
                buf.getInt(base + MacOsConstants.E_PCRED_RUID),
                buf.get(base + MacOsConstants.P_STAT),
                CStrings.fixed(buf, base + MacOsConstants.P_COMM, MacOsConstants.P_COMM_LEN),
                buf.getInt(base + MacOsConstants.E_TDEV),
                sec * 1_000_000 + usec);
        buf.position(base + KINFO_PROC_SIZE);
        return k;
    }

    /**
     * Decodes back-to-back records until the buffer ends.
     *
     * @throws IllegalArgumentException when the length is not a whole number of records
     */
    public static List<KinfoProcMacOs> decodeAll(ByteBuffer buf) {
        if (buf.remaining() % KINFO_PROC_SIZE != 0) {
            throw new IllegalArgumentException(buf.remaining() + " bytes is not a whole number of "
                    + KINFO_PROC_SIZE + "-byte kinfo_proc records");
        }
        return KinfoRecords.decodeAll(buf, KINFO_PROC_SIZE, KinfoProcMacOs::decode);
    }

    public boolean hasTerminal() {
        return tdev != MacOsConstants.NODEV;
    }

    /**
     * This record as a {@link ProcessInfo}. macOS kinfo_proc carries no thread count, RSS or CPU
     * time (those need same-user libproc calls), so they are 0.
     *
     * @param sid from {@code getsid}, or -1 when unknown (getsid fails for zombies)
     */
    public ProcessInfo toProcessInfo(int sid, List<String> argv) {
        return new ProcessInfo(pid, ppid, pgid, sid, hasTerminal() ? Integer.toUnsignedLong(tdev) : 0,
                hasTerminal() && tpgid > 0 ? tpgid : -1, MacOsStates.of(stat), ruid, startMicros,
                startMicros / 1000, comm, argv, 0, 0, 0);
    }
}
