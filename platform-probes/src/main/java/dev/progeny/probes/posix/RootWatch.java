package dev.progeny.probes.posix;

import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.events.EventSource;
import dev.progeny.probes.launch.ExitStatus;
import dev.progeny.probes.launch.LaunchSpec;
import java.util.Optional;
import java.util.Set;

/**
 * The "watch" step of the launch sequence: reaps exactly a launch's root, and only it (never
 * {@code waitpid(-1)}: platform-facts §6.2), into its {@link RootStatus}. The default is
 * {@link RootWaiter}; a tracer that must do every wait for its tracees itself (ptrace) brings its
 * own, and asks for a stopped start of the launches it traces, to attach before the root can fork.
 * Thread-safe.
 */
public interface RootWatch {

    /** Whether a root launched from {@code spec} must stop itself before exec, for this watch to let it go on. */
    default boolean stoppedStart(LaunchSpec spec) {
        return false;
    }

    /**
     * Starts watching {@code root}; returns soon (a tracer waits until it holds the root). Returns
     * the launch's own event source when this watch records the launch.
     */
    Optional<EventSource> watch(Root root);

    /** Pids this watch waits for besides the launch roots (a tracer's tracees): no one else may. */
    default Set<Integer> waitedFor() {
        return Set.of();
    }

    /**
     * A root to watch.
     *
     * @param id            its launch's id
     * @param spec          what was launched
     * @param key           its pid and start time (its pid is its group's id)
     * @param status        where its end goes, exactly once
     * @param stoppedStart  it stops itself (SIGSTOP) before exec and waits for SIGCONT
     * @param terminal      the terminal hand-over, when it was given (or is to be given) the foreground
     * @param errors        the OS's errno values
     * @param continueGroup sends SIGCONT to its group through the guarded sender
     */
    record Root(String id, LaunchSpec spec, ProcessKey key, RootStatus status, boolean stoppedStart,
                Optional<Terminal> terminal, LaunchErrors errors, Runnable continueGroup) {

        /** It ended as {@code end} says: the terminal comes back to Progeny, waiters get the status. */
        public void ended(ExitStatus end) {
            terminal.ifPresent(Terminal::reclaimForeground);
            status.reaped(end);
        }

        /** It stopped with {@code signal} (after its start): job control, when it holds the terminal. */
        public void stopped(int signal) {
            terminal.ifPresent(t -> t.rootStopped(key.pid(), signal, continueGroup));
        }

        /** The same root, already let go by whoever held it: only real stops are to be seen. */
        public Root started() {
            return new Root(id, spec, key, status, false, terminal, errors, continueGroup);
        }
    }
}
