package dev.progeny.probes.terminate;

import dev.progeny.probes.ProcessKey;
import java.util.Optional;

/**
 * The safety rules every signal Progeny sends must pass, on every OS. Never pid 0, 1, -1 or any
 * other non-positive number (kill(2) would read them as "my group", "every process" or a group);
 * never Progeny itself, its process group or its session; and never a pid that now names a
 * different process than the one that was read (the start time differs: the pid was reused).
 * Each check returns the refusal message, or empty when the signal may go. Immutable and
 * thread-safe.
 */
public final class SignalGuard {
    private final int ownPid;
    private final int ownPgid;
    private final int ownSid;

    public SignalGuard(int ownPid, int ownPgid, int ownSid) {
        this.ownPid = ownPid;
        this.ownPgid = ownPgid;
        this.ownSid = ownSid;
    }

    public int ownPid() {
        return ownPid;
    }

    public int ownPgid() {
        return ownPgid;
    }

    public int ownSid() {
        return ownSid;
    }

    /** May a signal go to the single process {@code pid}? */
    public Optional<String> refuseProcess(int pid) {
        if (pid == ownPid) {
            return Optional.of("refusing to signal pid " + pid + ": it is Progeny itself");
        }
        if (pid <= 1) {
            return Optional.of(protectedNumber("pid", pid));
        }
        return Optional.empty();
    }

    /** May a signal go to the whole process group {@code pgid}? */
    public Optional<String> refuseGroup(int pgid) {
        if (pgid == ownPgid) {
            return Optional.of("refusing to signal process group " + pgid + ": it is Progeny's own group");
        }
        if (pgid <= 1) {
            return Optional.of(protectedNumber("process group", pgid));
        }
        return Optional.empty();
    }

    /** May signals go to every process of session {@code sid}? */
    public Optional<String> refuseSession(int sid) {
        if (sid == ownSid) {
            return Optional.of("refusing to signal session " + sid + ": it is Progeny's own session");
        }
        if (sid <= 1) {
            return Optional.of(protectedNumber("session", sid));
        }
        return Optional.empty();
    }

    /**
     * Is the process now at {@code expected.pid()} still the one that was read? {@code currentStartTime}
     * is its start time read just now, in the platform's units.
     */
    public Optional<String> refuseStale(ProcessKey expected, long currentStartTime) {
        if (currentStartTime != expected.startTime()) {
            return Optional.of("refusing to signal pid " + expected.pid() + ": it now names another process (start time "
                    + currentStartTime + ", expected " + expected.startTime() + "): the pid was reused");
        }
        return Optional.empty();
    }

    private static String protectedNumber(String what, int n) {
        String meaning = switch (n) {
            case 0 -> "kill(2) would read 0 as the caller's own group";
            case 1 -> "1 is init";
            case -1 -> "kill(2) would read -1 as every process it may signal";
            default -> "a negative number would reach a whole group";
        };
        return "refusing to signal " + what + " " + n + ": " + meaning;
    }
}
