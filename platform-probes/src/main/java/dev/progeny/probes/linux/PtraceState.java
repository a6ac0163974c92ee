package dev.progeny.probes.linux;

/**
 * Where a launch's ptrace recording stands: what the status bar, Details and {@code run -v} say,
 * and what source selection decides on (never on message text). Linux; immutable.
 */
public sealed interface PtraceState {

    /** Every fork, exec and exit of the launch is being recorded. */
    record Tracing() implements PtraceState {
    }

    /** "Stop recording": every tracee was released; the launch runs on untraced, a debugger may attach. */
    record Detached() implements PtraceState {
    }

    /** The last process of the launch ended while traced: the record is complete. */
    record Ended() implements PtraceState {
    }

    /**
     * Tracing could not start; the launch runs untraced. {@code errno} is the refusing call's
     * error number (0 when no call was made), {@code detail} says it in words.
     */
    record Unavailable(Reason reason, int errno, String detail) implements PtraceState {
    }

    enum Reason {
        /** Yama {@code ptrace_scope} 2 without CAP_SYS_PTRACE, or 3 (kernel/yama). */
        YAMA_SCOPE,
        /** {@code PTRACE_SEIZE} refused (EPERM: seccomp, an LSM, a setuid or non-dumpable root). */
        SEIZE_REFUSED,
        /** The launched process ended before it could be seized. */
        ROOT_GONE,
        /** The tracer's own helper could not be started (see the log). */
        TRACER_FAILED
    }
}
