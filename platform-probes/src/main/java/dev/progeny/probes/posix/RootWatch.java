package dev.progeny.probes.posix;

import dev.progeny.probes.ProcessKey;

/**
 * The "watch" step of the launch sequence: reaps exactly a launch's root, and only it (never
 * {@code waitpid(-1)}: platform-facts §6.2), into its {@link RootStatus}. The default is
 * {@link RootWaiter}; a tracer that must do every wait for its tracees itself (ptrace) brings its
 * own, and asks for a stopped start to attach before the root can fork. Thread-safe.
 */
public interface RootWatch {

    /** Whether every root must stop itself before exec, for this watch to let it go on. */
    default boolean stoppedStart() {
        return false;
    }

    /** Starts watching {@code root}; returns at once. */
    void watch(Root root);

    /**
     * A root to watch.
     *
     * @param key           its pid and start time (its pid is its group's id)
     * @param status        where its end goes, exactly once
     * @param stoppedStart  it stops itself (SIGSTOP) before exec and waits for SIGCONT
     * @param terminal      the terminal hand-over, when it was given (or is to be given) the foreground
     * @param errors        the OS's errno values
     * @param continueGroup sends SIGCONT to its group through the guarded sender
     */
    record Root(ProcessKey key, RootStatus status, boolean stoppedStart, java.util.Optional<Terminal> terminal,
                LaunchErrors errors, Runnable continueGroup) {
    }
}
