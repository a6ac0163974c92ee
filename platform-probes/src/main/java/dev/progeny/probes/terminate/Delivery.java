package dev.progeny.probes.terminate;

import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Signal;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * One signal aimed at one process, and what became of it. Immutable; the same on every OS.
 *
 * @param target  the process (pid and start time) the signal was meant for
 * @param scope   how it was sent: to the process itself, to its whole process group, or by
 *                the family's container (cgroup or reaper subtree)
 * @param signal  the signal
 * @param at      when it was sent (or refused)
 * @param outcome what happened
 * @param detail  a reason for anything but {@link Outcome#SENT}, e.g. why it was refused
 */
public record Delivery(ProcessKey target, Scope scope, Signal signal, Instant at, Outcome outcome, String detail) {

    /** How a signal reached its target. */
    public enum Scope {
        /** Sent to this one process (through a pidfd on Linux). */
        PROCESS,
        /** Sent once to the target's whole process group, which lies wholly inside the family. */
        GROUP,
        /** Killed through the family's cgroup ({@code cgroup.kill}), which no fork can outrun. */
        CGROUP,
        /** Killed through the procctl reaper with the launch's subtree ({@code PROC_REAP_KILL}, FreeBSD). */
        REAPER;

        /** Whether the signal went to the family's whole container rather than to this process or group. */
        public boolean wholeContainer() {
            return this == CGROUP || this == REAPER;
        }
    }

    /** What became of a signal. */
    public enum Outcome {
        /** The kernel accepted it. */
        SENT,
        /** The target had already exited (or is a zombie): nothing left to signal. */
        GONE,
        /** Progeny refused to send it: a protected pid, or the pid now names another process. */
        REFUSED,
        /** The kernel refused it: the target belongs to another user (EPERM). */
        DENIED,
        /** This way of sending is not available here (e.g. an old kernel); another was used. */
        UNSUPPORTED,
        /** Any other error, in {@link #detail()}. */
        FAILED
    }

    public Delivery {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(detail, "detail");
    }

    public boolean sent() {
        return outcome == Outcome.SENT;
    }

    @Override
    public String toString() {
        return signal.fullName() + " -> " + target + " (" + scope.name().toLowerCase(Locale.ROOT) + "): "
                + outcome.name().toLowerCase(Locale.ROOT) + (detail.isEmpty() ? "" : " - " + detail);
    }
}
