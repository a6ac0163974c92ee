package dev.progeny.probes.macos;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Builds macOS x86_64/arm64 {@code struct kinfo_proc} records (648 bytes) byte by byte, with the
 * offsets of platform-facts.md §5.1 (xnu bsd/sys/sysctl.h, bsd/sys/proc.h) written out here,
 * independently of {@link MacOsConstants}.
 */
final class KinfoProcMacOsBytes {
    static final int SIZE = 648;

    int pid = 512;
    int ppid = 1;
    int pgid = 512;
    int tpgid = 600;
    int ruid = 501;
    byte stat = 3;
    String comm = "zsh";
    int tdev = 0x1000002;
    long startSec = 1_780_000_100L;
    int startUsec = 999_999;

    void writeTo(ByteBuffer buf) {
        int b = buf.position();
        buf.putLong(b, startSec);            // kp_proc.p_starttime.tv_sec
        buf.putInt(b + 8, startUsec);        // kp_proc.p_starttime.tv_usec (int32 on Darwin)
        buf.put(b + 36, stat);               // kp_proc.p_stat
        buf.putInt(b + 40, pid);             // kp_proc.p_pid
        byte[] name = comm.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 17; i++) {       // kp_proc.p_comm[MAXCOMLEN + 1]
            buf.put(b + 243 + i, i < name.length ? name[i] : 0);
        }
        buf.putInt(b + 392, ruid);           // kp_eproc.e_pcred.p_ruid
        buf.putInt(b + 420, 0);              // kp_eproc.e_ucred.cr_uid
        buf.putInt(b + 560, ppid);           // kp_eproc.e_ppid
        buf.putInt(b + 564, pgid);           // kp_eproc.e_pgid
        buf.putInt(b + 572, tdev);           // kp_eproc.e_tdev
        buf.putInt(b + 576, tpgid);          // kp_eproc.e_tpgid
        buf.position(b + SIZE);
    }

    static ByteBuffer buffer(KinfoProcMacOsBytes... records) {
        ByteBuffer buf = ByteBuffer.allocate(SIZE * records.length).order(ByteOrder.LITTLE_ENDIAN);
        for (KinfoProcMacOsBytes r : records) {
            for (int i = 0; i < SIZE; i++) {
                buf.put(buf.position() + i, (byte) 0xA5);
            }
            r.writeTo(buf);
        }
        return buf.flip();
    }
}
