package dev.progeny.probes.linux;

import dev.progeny.probes.launch.ExitStatus;

/**
 * What the tracer tells a traced launch about its root, the one process the launch would
 * otherwise wait for itself. Called on the tracer thread: keep each call short and never wait for
 * the tracer from it. Linux.
 */
public interface PtraceRoot {

    /** The tracer reaped the root: the launch's {@code waitFor()} now answers {@code status}. */
    void reaped(ExitStatus status);

    /** The root entered a group-stop for {@code signal} (for a launch holding the terminal: Ctrl-Z). */
    default void stopped(int signal) {
    }

    /**
     * The root was detached alive ("Stop recording"): from now on the launch must wait for its
     * root itself, as an untraced launch does.
     */
    void released();
}
