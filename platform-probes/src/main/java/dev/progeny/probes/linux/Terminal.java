package dev.progeny.probes.linux;

import com.sun.jna.Memory;
import dev.progeny.probes.Signal;
import dev.progeny.probes.posix.PosixLibc;

/**
 * Progeny's controlling terminal on fd 0, for passing it through to a launch: when Progeny is in
 * the terminal's foreground, the launch's group takes the foreground (so it may read the terminal
 * and gets Ctrl-C directly), and Progeny takes it back when the launch ends. Linux. Thread-safe.
 */
final class Terminal {
    private Terminal() {
    }

    /**
     * The launch's root stopped. If it was Ctrl-Z (SIGTSTP) while the launch held the terminal,
     * do what a job-control shell expects of its foreground job: take the terminal back, stop
     * Progeny itself so the shell sees its job stopped, and once continued ({@code fg} or
     * {@code bg}) continue the launch's group, giving it the terminal again if Progeny is in the
     * foreground. Any other stop (SIGSTOP, SIGTTIN) only returns the terminal to Progeny: Progeny
     * keeps running, so a timeout still fires and a hung-up terminal cannot leave it stopped.
     * {@code continueGroup} sends CONT to the launch's group through the guarded sender.
     */
    static void rootStopped(int pgid, int signal, Runnable continueGroup) {
        LinuxSpawnLibc c = LinuxSpawnLibc.INSTANCE;
        PosixLibc libc = PosixLibc.INSTANCE;
        if (c.tcgetpgrp(0) != pgid) {
            return;
        }
        reclaimForeground();
        if (signal != LinuxSignals.TABLE.number(Signal.TSTP)) {
            return;
        }
        // Progeny stops itself, as the job it is in its shell: the one signal that bypasses the
        // sender, whose guard rightly refuses Progeny as a target.
        libc.kill(libc.getpid(), LinuxSignals.TABLE.number(Signal.STOP));
        if (progenyHasForeground()) {
            c.tcsetpgrp(0, pgid);
        }
        continueGroup.run();
    }

    /** Whether fd 0 is a terminal whose foreground group is Progeny's own. */
    static boolean progenyHasForeground() {
        LinuxSpawnLibc c = LinuxSpawnLibc.INSTANCE;
        return c.isatty(0) == 1 && c.tcgetpgrp(0) == c.getpgrp();
    }

    /**
     * Makes Progeny's group the terminal's foreground again. From a background group tcsetpgrp
     * raises SIGTTOU (which would stop the JVM) unless it is blocked: block it on this thread only,
     * for the one call (termios(3), tty_check_change).
     */
    static void reclaimForeground() {
        LinuxSpawnLibc c = LinuxSpawnLibc.INSTANCE;
        try (Memory ttou = new Memory(LinuxSpawnLibc.SIGSET_SIZE); Memory old = new Memory(LinuxSpawnLibc.SIGSET_SIZE)) {
            ttou.clear();
            ttou.setLong(0, 1L << (LinuxSignals.TABLE.number(Signal.TTOU) - 1));
            c.pthread_sigmask(LinuxSpawnLibc.SIG_BLOCK, ttou, old);
            try {
                c.tcsetpgrp(0, c.getpgrp());
            } finally {
                c.pthread_sigmask(LinuxSpawnLibc.SIG_SETMASK, old, null);
            }
        }
    }
}
