package dev.progeny.probes.diagnose;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines Progeny uses from {@code /proc/PID/status} (Linux, proc(5)): the ids in each nested
 * pid namespace ({@code NSpid}, {@code NSpgid}, {@code NSsid}; outermost first, since 4.1) and
 * the signal masks ({@code SigBlk}, {@code SigIgn}, {@code SigCgt}; hex, bit n-1 for signal n).
 * A kernel without the NS lines gives one-element lists from {@code Pid} alone. Immutable.
 */
public record ProcStatus(List<Integer> nspid, List<Integer> nspgid, List<Integer> nssid,
                         long blocked, long ignored, long caught) {

    public ProcStatus {
        nspid = List.copyOf(nspid);
        nspgid = List.copyOf(nspgid);
        nssid = List.copyOf(nssid);
    }

    /** Whether the process lives in a pid namespace below the reader's (more than one pid). */
    public boolean inNestedPidNamespace() {
        return nspid.size() > 1;
    }

    /** The pid the process sees for itself: the innermost one. */
    public int innermostPid() {
        return nspid.getLast();
    }

    public boolean catches(int signal) {
        return bit(caught, signal);
    }

    public boolean ignores(int signal) {
        return bit(ignored, signal);
    }

    public boolean blocks(int signal) {
        return bit(blocked, signal);
    }

    private static boolean bit(long mask, int signal) {
        return signal >= 1 && signal <= 64 && (mask >>> (signal - 1) & 1) != 0;
    }

    /**
     * Parses the file's text.
     *
     * @throws IllegalArgumentException when it has neither {@code NSpid} nor {@code Pid}
     */
    public static ProcStatus parse(String text) {
        List<Integer> pid = List.of();
        List<Integer> nspid = null;
        List<Integer> nspgid = List.of();
        List<Integer> nssid = List.of();
        long blocked = 0;
        long ignored = 0;
        long caught = 0;
        for (String line : text.split("\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String value = line.substring(colon + 1).strip();
            switch (line.substring(0, colon)) {
                case "Pid" -> pid = ids(value);
                case "NSpid" -> nspid = ids(value);
                case "NSpgid" -> nspgid = ids(value);
                case "NSsid" -> nssid = ids(value);
                case "SigBlk" -> blocked = Long.parseUnsignedLong(value, 16);
                case "SigIgn" -> ignored = Long.parseUnsignedLong(value, 16);
                case "SigCgt" -> caught = Long.parseUnsignedLong(value, 16);
                default -> { }
            }
        }
        List<Integer> pids = nspid != null ? nspid : pid;
        if (pids.isEmpty()) {
            throw new IllegalArgumentException("status without Pid or NSpid");
        }
        return new ProcStatus(pids, nspgid, nssid, blocked, ignored, caught);
    }

    private static List<Integer> ids(String value) {
        List<Integer> out = new ArrayList<>(2);
        for (String f : value.split("\\s+")) {
            if (!f.isEmpty()) {
                out.add(Integer.parseInt(f));
            }
        }
        return out;
    }
}
