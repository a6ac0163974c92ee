package dev.progeny.probes.freebsd;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Builds FreeBSD amd64/arm64 {@code struct kinfo_proc} records byte by byte. The offsets are
 * written out here from platform-facts.md §4.3 (sys/sys/user.h), independently of
 * {@link FreeBsdConstants}, so the decoder is checked against the header, not against itself.
 */
final class KinfoProcBytes {
    static final int SIZE = 1088;

    int structSize = SIZE;
    int pid = 4242;
    int ppid = 4200;
    int pgid = 4242;
    int tpgid = 4242;
    int sid = 4100;
    int ruid = 1001;
    int euid = 0;
    byte stat = 2;
    String comm = "sleep";
    long tdev = 0x5a00_0003L;
    long startSec = 1_780_000_000L;
    long startUsec = 123_456L;
    long runtimeMicros = 2_500_000L;
    long rssPages = 300;
    int threads = 1;
    /** The wait fields diagnosis reads; by default a process not asleep on anything. */
    String wmesg = "";
    long wchan;
    long flag;
    long kiflag;
    String lockname = "";
    int jid;
    long tdflags;

    /** Asleep, interruptibly, on {@code message} at kernel address {@code channel}. */
    KinfoProcBytes sleepingOn(String message, long channel) {
        stat = 3;
        wmesg = message;
        wchan = channel;
        tdflags = 0x8;
        return this;
    }

    /** A process {@code pid} of {@code ppid}, leading its own group, called {@code comm}. */
    static KinfoProcBytes process(int pid, int ppid, String comm) {
        KinfoProcBytes k = new KinfoProcBytes();
        k.pid = pid;
        k.ppid = ppid;
        k.pgid = pid;
        k.comm = comm;
        return k;
    }

    KinfoProcBytes zombie() {
        stat = 5;
        return this;
    }

    KinfoProcBytes noTerminal() {
        tdev = -1;
        tpgid = 0;
        return this;
    }

    void writeTo(ByteBuffer buf) {
        int b = buf.position();
        buf.putInt(b, structSize);                 // ki_structsize
        buf.putInt(b + 4, 0);                      // ki_layout
        buf.putInt(b + 72, pid);                   // ki_pid
        buf.putInt(b + 76, ppid);                  // ki_ppid
        buf.putInt(b + 80, pgid);                  // ki_pgid
        buf.putInt(b + 84, tpgid);                 // ki_tpgid
        buf.putInt(b + 88, sid);                   // ki_sid
        buf.putInt(b + 168, euid);                 // ki_uid (effective)
        buf.putInt(b + 172, ruid);                 // ki_ruid
        buf.putLong(b + 264, rssPages);            // ki_rssize
        buf.putLong(b + 328, runtimeMicros);       // ki_runtime
        buf.putLong(b + 336, startSec);            // ki_start.tv_sec
        buf.putLong(b + 344, startUsec);           // ki_start.tv_usec
        buf.put(b + 388, stat);                    // ki_stat
        buf.put(b + 389, (byte) 0);                // ki_nice
        putString(buf, b + 447, 20, comm);         // ki_comm[COMMLEN + 1]
        buf.putLong(b + 560, tdev);                // ki_tdev
        buf.putInt(b + 596, threads);              // ki_numthreads
        buf.putLong(b + 64, wchan);                // ki_wchan
        buf.putLong(b + 368, flag);                // ki_flag
        buf.putLong(b + 376, kiflag);              // ki_kiflag
        putString(buf, b + 411, 9, wmesg);         // ki_wmesg[WMESGLEN + 1]
        putString(buf, b + 438, 9, lockname);      // ki_lockname[LOCKNAMELEN + 1]
        buf.putInt(b + 592, jid);                  // ki_jid
        buf.putLong(b + 1080, tdflags);            // ki_tdflags
        buf.position(b + SIZE);
    }

    private static void putString(ByteBuffer buf, int at, int capacity, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < capacity; i++) {
            buf.put(at + i, i < bytes.length ? bytes[i] : 0);
        }
    }

    static ByteBuffer buffer(KinfoProcBytes... records) {
        ByteBuffer buf = ByteBuffer.allocate(SIZE * records.length).order(ByteOrder.LITTLE_ENDIAN);
        for (KinfoProcBytes r : records) {
            // Junk everywhere else, so a decoder reading a wrong offset notices.
            for (int i = 0; i < SIZE; i++) {
                buf.put(buf.position() + i, (byte) 0xA5);
            }
            r.writeTo(buf);
        }
        return buf.flip();
    }
}
