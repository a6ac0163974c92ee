package dev.progeny.probes.linux;

import java.nio.charset.StandardCharsets;

/**
 * The fields Progeny uses from one {@code /proc/PID/stat} line (proc(5); written by
 * {@code do_task_stat} in fs/proc/array.c). Field numbers below are proc(5)'s, 1-based.
 *
 * @param comm      field 2, the raw name between the first {@code (} and the last {@code )}
 * @param state     field 3, the state letter
 * @param ttyNr     field 7, 0 when there is no controlling terminal
 * @param tpgid     field 8, -1 when there is no controlling terminal
 * @param utime     field 14, clock ticks
 * @param stime     field 15, clock ticks
 * @param threads   field 20
 * @param startTime field 22, clock ticks since boot
 * @param rssPages  field 24, pages
 */
public record ProcStat(
        int pid, String comm, char state, int ppid, int pgrp, int session, int ttyNr, int tpgid,
        long utime, long stime, int threads, long startTime, long rssPages) {

    /** Names are at most 64 bytes (kernel threads; TASK_COMM_LEN is 16 for others). */
    private static final int MAX_COMM = 64;

    /**
     * Parses one stat line. Pure and allocation-light: it allocates only the record and the
     * name. The name may contain spaces, parentheses and any bytes, so the line is split at the
     * last {@code )}, as the kernel documents and the JDK does.
     *
     * @throws IllegalArgumentException when the line is truncated or malformed
     */
    public static ProcStat parse(byte[] buf, int len) {
        int open = indexOf(buf, len, (byte) '(');
        int close = lastIndexOf(buf, Math.min(len, open + MAX_COMM + 2), (byte) ')');
        if (open < 0 || close < open) {
            throw new IllegalArgumentException("no (comm) in stat line");
        }
        Cursor c = new Cursor(buf, len, 0);
        int pid = (int) c.nextLong();
        String comm = new String(buf, open + 1, close - open - 1, StandardCharsets.UTF_8);
        c.pos = close + 1;
        char state = c.nextChar();
        int ppid = (int) c.nextLong();
        int pgrp = (int) c.nextLong();
        int session = (int) c.nextLong();
        int ttyNr = (int) c.nextLong();
        int tpgid = (int) c.nextLong();
        c.skipFields(5);
        long utime = c.nextLong();
        long stime = c.nextLong();
        c.skipFields(4);
        int threads = (int) c.nextLong();
        c.skipFields(1);
        long startTime = c.nextLong();
        c.skipFields(1);
        long rssPages = c.nextLong();
        return new ProcStat(pid, comm, state, ppid, pgrp, session, ttyNr, tpgid, utime, stime, threads,
                startTime, rssPages);
    }

    private static int indexOf(byte[] buf, int len, byte b) {
        for (int i = 0; i < len; i++) {
            if (buf[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(byte[] buf, int len, byte b) {
        for (int i = len - 1; i >= 0; i--) {
            if (buf[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** Reads space-separated fields without allocating. */
    private static final class Cursor {
        private final byte[] buf;
        private final int len;
        private int pos;

        Cursor(byte[] buf, int len, int pos) {
            this.buf = buf;
            this.len = len;
            this.pos = pos;
        }

        private void skipSpaces() {
            while (pos < len && buf[pos] == ' ') {
                pos++;
            }
            if (pos >= len) {
                throw new IllegalArgumentException("truncated stat line");
            }
        }

        /** Steps over fields Progeny does not use, without parsing them. */
        void skipFields(int count) {
            for (int i = 0; i < count; i++) {
                skipSpaces();
                while (pos < len && buf[pos] != ' ') {
                    pos++;
                }
            }
        }

        char nextChar() {
            skipSpaces();
            return (char) (buf[pos++] & 0xff);
        }

        long nextLong() {
            skipSpaces();
            boolean negative = buf[pos] == '-';
            if (negative) {
                pos++;
            }
            int start = pos;
            long value = 0;
            while (pos < len && buf[pos] >= '0' && buf[pos] <= '9') {
                value = value * 10 + (buf[pos++] - '0');
            }
            if (pos == start || (pos < len && buf[pos] != ' ' && buf[pos] != '\n')) {
                throw new IllegalArgumentException("malformed number in stat line at byte " + start);
            }
            return negative ? -value : value;
        }
    }
}
