package dev.progeny.probes.freebsd;

import static java.util.Map.entry;

import dev.progeny.probes.Signal;
import dev.progeny.probes.SignalTable;
import java.util.Map;

/**
 * FreeBSD signal numbers, from sys/sys/signal.h (SIGSTOP 17, SIGCHLD 20, SIGUSR1 30 differ from
 * Linux). SIGTHR 32 and SIGLIBRT 33 are left out: they are reserved by libthr and librt, whose
 * internal use a sent one would disturb. Real-time signals are SIGRTMIN 65 to SIGRTMAX 126.
 * Immutable; thread-safe.
 */
public final class FreeBsdSignals {
    public static final SignalTable TABLE = new SignalTable("FreeBSD", Map.ofEntries(
            entry(Signal.HUP, 1), entry(Signal.INT, 2), entry(Signal.QUIT, 3), entry(Signal.ILL, 4),
            entry(Signal.TRAP, 5), entry(Signal.ABRT, 6), entry(Signal.EMT, 7), entry(Signal.FPE, 8),
            entry(Signal.KILL, 9), entry(Signal.BUS, 10), entry(Signal.SEGV, 11), entry(Signal.SYS, 12),
            entry(Signal.PIPE, 13), entry(Signal.ALRM, 14), entry(Signal.TERM, 15), entry(Signal.URG, 16),
            entry(Signal.STOP, 17), entry(Signal.TSTP, 18), entry(Signal.CONT, 19), entry(Signal.CHLD, 20),
            entry(Signal.TTIN, 21), entry(Signal.TTOU, 22), entry(Signal.IO, 23), entry(Signal.XCPU, 24),
            entry(Signal.XFSZ, 25), entry(Signal.VTALRM, 26), entry(Signal.PROF, 27), entry(Signal.WINCH, 28),
            entry(Signal.INFO, 29), entry(Signal.USR1, 30), entry(Signal.USR2, 31)), 65, 126);

    /** SIGKILL and SIGSTOP, whose dispositions cannot be changed. */
    static final int KILL = TABLE.number(Signal.KILL);
    static final int STOP = TABLE.number(Signal.STOP);

    private FreeBsdSignals() {
    }
}
