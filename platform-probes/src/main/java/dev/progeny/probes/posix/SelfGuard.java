package dev.progeny.probes.posix;

import dev.progeny.probes.terminate.SignalGuard;

/** The guard for this process: Progeny's own pid, group and session, which no signal may reach. POSIX. */
public final class SelfGuard {
    private SelfGuard() {
    }

    public static SignalGuard create() {
        PosixLibc libc = PosixLibc.INSTANCE;
        return new SignalGuard(libc.getpid(), libc.getpgid(0), libc.getsid(0));
    }
}
