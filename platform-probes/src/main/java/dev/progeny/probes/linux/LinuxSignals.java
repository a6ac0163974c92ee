package dev.progeny.probes.linux;

import static java.util.Map.entry;

import dev.progeny.probes.Signal;
import dev.progeny.probes.SignalTable;
import java.util.Map;

/**
 * Linux signal numbers (x86-64 and aarch64), from glibc bits/signum-generic.h and signum-arch.h.
 * Real-time signals are the kernel's {@code __SIGRTMIN} 32 to {@code __SIGRTMAX} 64 (signum-arch.h;
 * glibc keeps 32 and 33 for itself, so its SIGRTMIN is 34). Immutable; thread-safe.
 */
public final class LinuxSignals {
    public static final SignalTable TABLE = new SignalTable("Linux", Map.ofEntries(
            entry(Signal.HUP, 1), entry(Signal.INT, 2), entry(Signal.QUIT, 3), entry(Signal.ILL, 4),
            entry(Signal.TRAP, 5), entry(Signal.ABRT, 6), entry(Signal.BUS, 7), entry(Signal.FPE, 8),
            entry(Signal.KILL, 9), entry(Signal.USR1, 10), entry(Signal.SEGV, 11), entry(Signal.USR2, 12),
            entry(Signal.PIPE, 13), entry(Signal.ALRM, 14), entry(Signal.TERM, 15), entry(Signal.STKFLT, 16),
            entry(Signal.CHLD, 17), entry(Signal.CONT, 18), entry(Signal.STOP, 19), entry(Signal.TSTP, 20),
            entry(Signal.TTIN, 21), entry(Signal.TTOU, 22), entry(Signal.URG, 23), entry(Signal.XCPU, 24),
            entry(Signal.XFSZ, 25), entry(Signal.VTALRM, 26), entry(Signal.PROF, 27), entry(Signal.WINCH, 28),
            entry(Signal.IO, 29), entry(Signal.PWR, 30), entry(Signal.SYS, 31)), 32, 64);

    private LinuxSignals() {
    }
}
