package dev.progeny.probes.freebsd;

import static dev.progeny.probes.freebsd.FreeBsdConstants.KINFO_PROC_SIZE;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.bsd.CStrings;
import dev.progeny.probes.bsd.KinfoRecords;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * The fields Progeny uses from one FreeBSD {@code struct kinfo_proc} (sys/sys/user.h), as
 * returned by {@code sysctl {CTL_KERN, KERN_PROC, KERN_PROC_PROC}}. Pure decoder, tested on
 * bytes on any OS; immutable and thread-safe.
 *
 * @param stat          {@code ki_stat}, see {@link FreeBsdStates}
 * @param tdev          {@code ki_tdev}, -1 (NODEV) without a controlling terminal
 * @param startMicros   {@code ki_start} as microseconds since the epoch
 * @param runtimeMicros {@code ki_runtime}, CPU time used
 * @param rssPages      {@code ki_rssize}
 */
public record KinfoProcFreeBsd(int pid, int ppid, int pgid, int tpgid, int sid, int ruid, int stat, String comm,
                               long tdev, long startMicros, long runtimeMicros, long rssPages, int threads) {

    /**
     * Decodes the record at the buffer's position and advances past it. Reads in the buffer's
     * byte order (native order for sysctl output).
     *
     * @throws IllegalArgumentException when fewer than 1088 bytes remain or {@code ki_structsize}
     *                                  is not 1088 (another ABI: offsets would be wrong)
     */
    public static KinfoProcFreeBsd decode(ByteBuffer buf) {
        int base = buf.position();
        if (buf.remaining() < Integer.BYTES) {
            throw new IllegalArgumentException("truncated kinfo_proc: " + buf.remaining() + " bytes");
        }
        int size = buf.getInt(base + FreeBsdConstants.KI_STRUCTSIZE);
        if (size != KINFO_PROC_SIZE) {
            throw new IllegalArgumentException("ki_structsize " + size + ", expected " + KINFO_PROC_SIZE);
        }
        KinfoRecords.requireWhole(buf, KINFO_PROC_SIZE);
        long startSec = buf.getLong(base + FreeBsdConstants.KI_START);
        long startUsec = buf.getLong(base + FreeBsdConstants.KI_START + Long.BYTES);
        KinfoProcFreeBsd k = new KinfoProcFreeBsd(
                buf.getInt(base + FreeBsdConstants.KI_PID),
                buf.getInt(base + FreeBsdConstants.KI_PPID),
                buf.getInt(base + FreeBsdConstants.KI_PGID),
                buf.getInt(base + FreeBsdConstants.KI_TPGID),
                buf.getInt(base + FreeBsdConstants.KI_SID),
                buf.getInt(base + FreeBsdConstants.KI_RUID),
                buf.get(base + FreeBsdConstants.KI_STAT),
                CStrings.fixed(buf, base + FreeBsdConstants.KI_COMM, FreeBsdConstants.KI_COMM_LEN),
                buf.getLong(base + FreeBsdConstants.KI_TDEV),
                startSec * 1_000_000 + startUsec,
                buf.getLong(base + FreeBsdConstants.KI_RUNTIME),
                buf.getLong(base + FreeBsdConstants.KI_RSSIZE),
                buf.getInt(base + FreeBsdConstants.KI_NUMTHREADS));
        buf.position(base + KINFO_PROC_SIZE);
        return k;
    }

    /** Decodes back-to-back records, as KERN_PROC_PROC returns them, until the buffer ends. */
    public static List<KinfoProcFreeBsd> decodeAll(ByteBuffer buf) {
        return KinfoRecords.decodeAll(buf, KINFO_PROC_SIZE, KinfoProcFreeBsd::decode);
    }

    public boolean hasTerminal() {
        return tdev != -1;
    }

    /** This record as a {@link ProcessInfo}; start time and identity are in microseconds. */
    public ProcessInfo toProcessInfo(List<String> argv, long pageSize) {
        return new ProcessInfo(pid, ppid, pgid, sid, hasTerminal() ? tdev : 0,
                hasTerminal() && tpgid != FreeBsdConstants.NO_PID && tpgid > 0 ? tpgid : -1,
                FreeBsdStates.of(stat), ruid, startMicros, startMicros / 1000, comm, argv, threads,
                rssPages * pageSize, runtimeMicros * 1000);
    }
}
