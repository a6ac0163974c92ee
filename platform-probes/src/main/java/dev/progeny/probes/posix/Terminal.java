package dev.progeny.probes.posix;

import com.sun.jna.Memory;
import dev.progeny.probes.Signal;
import dev.progeny.probes.SignalTable;

/**
 * Progeny's controlling terminal on fd 0, for passing it through to a launch: when Progeny is in
 * the terminal's foreground, the launch's group takes the foreground (so it may read the terminal
 * and gets Ctrl-C directly), and Progeny takes it back when the launch ends. Linux, FreeBSD and
 * macOS, each with its own signal numbers and {@code sigset_t} layout. Thread-safe.
 *
 * @param signals     the OS's signal numbers
 * @param sigsetBytes {@code sizeof(sigset_t)}
 * @param sigBlock    {@code SIG_BLOCK} for pthread_sigmask
 * @param sigSetmask  {@code SIG_SETMASK} for pthread_sigmask
 */
public record Terminal(SignalTable signals, int sigsetBytes, int sigBlock, int sigSetmask) {

    /**
     * The launch's root stopped. If it was Ctrl-Z (SIGTSTP) while the launch held the terminal,
     * do what a job-control shell expects of its foreground job: take the terminal back, stop
     * Progeny itself so the shell sees its job stopped, and once continued ({@code fg} or
     * {@code bg}) continue the launch's group, giving it the terminal again if Progeny is in the
     * foreground. Any other stop (SIGSTOP, SIGTTIN) only returns the terminal to Progeny: Progeny
     * keeps running, so a timeout still fires and a hung-up terminal cannot leave it stopped.
     * {@code continueGroup} sends CONT to the launch's group through the guarded sender.
     */
    void rootStopped(int pgid, int signal, Runnable continueGroup) {
        PosixLibc libc = PosixLibc.INSTANCE;
        if (libc.tcgetpgrp(0) != pgid) {
            return;
        }
        reclaimForeground();
        if (signal != signals.number(Signal.TSTP)) {
            return;
        }
        // Progeny stops itself, as the job it is in its shell: the one signal that bypasses the
        // sender, whose guard rightly refuses Progeny as a target.
        libc.kill(libc.getpid(), signals.number(Signal.STOP));
        handOver(pgid);
        continueGroup.run();
    }

    /** Gives the terminal's foreground to group {@code pgid} if Progeny has it. */
    void handOver(int pgid) {
        if (progenyHasForeground()) {
            withTtouBlocked(() -> PosixLibc.INSTANCE.tcsetpgrp(0, pgid));
        }
    }

    /** Whether fd 0 is a terminal whose foreground group is Progeny's own. */
    static boolean progenyHasForeground() {
        PosixLibc libc = PosixLibc.INSTANCE;
        return libc.isatty(0) == 1 && libc.tcgetpgrp(0) == libc.getpgrp();
    }

    /** Makes Progeny's group the terminal's foreground again. */
    void reclaimForeground() {
        withTtouBlocked(() -> PosixLibc.INSTANCE.tcsetpgrp(0, PosixLibc.INSTANCE.getpgrp()));
    }

    /**
     * From a background group tcsetpgrp raises SIGTTOU (which would stop the JVM) unless it is
     * blocked: block it on this thread only, for the one call (termios(3), tty_check_change).
     */
    private void withTtouBlocked(Runnable call) {
        byte[] ttou = SignalSets.empty(sigsetBytes);
        SignalSets.add(ttou, signals.number(Signal.TTOU));
        try (Memory set = new Memory(sigsetBytes); Memory old = new Memory(sigsetBytes)) {
            set.write(0, ttou, 0, ttou.length);
            PosixLibc.INSTANCE.pthread_sigmask(sigBlock, set, old);
            try {
                call.run();
            } finally {
                PosixLibc.INSTANCE.pthread_sigmask(sigSetmask, old, null);
            }
        }
    }
}
