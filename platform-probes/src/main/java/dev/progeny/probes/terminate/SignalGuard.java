package dev.progeny.probes.terminate;

import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.launch.Family;
import java.util.Optional;

/**
 * The safety rules every signal Progeny sends must pass, on every OS, in this one place. Never
 * pid 0, 1, -1 or any other non-positive number (kill(2) would read them as "my group", "every
 * process" or a group); never Progeny itself, its process group or its session; never a pid that
 * now names a different process than the one that was read (the start time differs: the pid was
 * reused), nor one that could not be read afresh; a group only through a live member still in it,
 * and a family's group only outside Progeny's session. The {@code refuse*} checks on numbers
 * return the refusal message, or empty when the signal may go; the checks on a fresh reading
 * return a {@link Verdict}. Immutable and thread-safe.
 */
public final class SignalGuard {
    /** What may happen to a signal, given what a fresh reading of its target found. */
    public sealed interface Verdict {
        /** Every rule passed: send it now. */
        record Send() implements Verdict {
        }

        /** Nothing is left to signal (the process exited or is a zombie). */
        record Gone(String detail) implements Verdict {
        }

        /** A rule forbids it; {@code detail} says which. */
        record Refused(String detail) implements Verdict {
        }

        /** The target could not be read, so its identity cannot be confirmed (it may be alive). */
        record Unconfirmed(int errno, String detail) implements Verdict {
        }

        /** The delivery outcome for a signal that was not sent for this reason. */
        default Delivery.Outcome outcome() {
            return switch (this) {
                case Send s -> Delivery.Outcome.SENT;
                case Gone g -> Delivery.Outcome.GONE;
                case Refused r -> Delivery.Outcome.REFUSED;
                case Unconfirmed u -> Delivery.Outcome.FAILED;
            };
        }

        default String detail() {
            return switch (this) {
                case Send s -> "";
                case Gone g -> g.detail();
                case Refused r -> r.detail();
                case Unconfirmed u -> u.detail();
            };
        }
    }

    /**
     * Whose process group a group signal is for, which decides whether the group may share
     * Progeny's session.
     */
    public enum GroupOwner {
        /**
         * A group lying wholly inside a family being ended. Never one in Progeny's session: the
         * family's members there are signalled one by one.
         */
        FAMILY,
        /**
         * The group a launch made, led by its root (its pid is the group's id). Like a shell's job
         * it may share Progeny's session; Progeny made it, and its number stays the launch's while
         * any member lives.
         */
        LAUNCH
    }

    private static final Verdict SEND = new Verdict.Send();

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
     * May {@code family} be signalled, by the number that names it? A process, tree, group or
     * session named by a protected number (0, 1, Progeny's own) is refused; a launch's family is
     * named by no number, and the terminator refuses it only if Progeny turns out to be a member.
     */
    public Optional<String> refuseFamily(Family family) {
        return switch (family) {
            case ProcessFamily p -> refuseProcess(p.key().pid());
            case TreeFamily tree -> refuseProcess(tree.rootPid());
            case GroupFamily g -> refuseGroup(g.pgid());
            case SessionFamily s -> refuseSession(s.sid());
            default -> Optional.empty();
        };
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

    /**
     * May a signal go to the single process {@code target}, now read as {@code now}? Checks the
     * number, then that the pid still names that very process and that it is not a zombie.
     */
    public Verdict checkProcess(ProcessKey target, TargetReading now) {
        Optional<String> number = refuseProcess(target.pid());
        if (number.isPresent()) {
            return new Verdict.Refused(number.get());
        }
        return checkIdentity(target, now);
    }

    /**
     * May a signal go to the whole process group {@code pgid} through {@code member}, now read as
     * {@code now}? Checks the group's number, the member's identity, that it is still in that
     * group and, for a family's group, that the group is outside Progeny's session.
     */
    public Verdict checkGroupMember(ProcessKey member, int pgid, GroupOwner owner, TargetReading now) {
        Optional<String> number = refuseGroup(pgid);
        if (number.isPresent()) {
            return new Verdict.Refused(number.get());
        }
        Verdict identity = checkIdentity(member, now);
        if (!(identity instanceof Verdict.Send) || !(now instanceof TargetReading.Present p)) {
            return identity;
        }
        if (p.pgid() != pgid) {
            return new Verdict.Refused("pid " + member.pid() + " left process group " + pgid + " (now in " + p.pgid() + ")");
        }
        if (owner == GroupOwner.FAMILY && p.sid() == ownSid) {
            return new Verdict.Refused("process group " + pgid
                    + " is in Progeny's own session: its members are signalled one by one");
        }
        return SEND;
    }

    private Verdict checkIdentity(ProcessKey target, TargetReading now) {
        return switch (now) {
            case TargetReading.Absent a -> new Verdict.Gone("exited: pid " + target.pid() + " is gone");
            case TargetReading.Unreadable u -> new Verdict.Unconfirmed(u.errno(), "cannot confirm pid " + target.pid()
                    + " is still the process that was read: " + u.reason());
            case TargetReading.Present p -> {
                Optional<String> stale = refuseStale(target, p.startTime());
                if (stale.isPresent()) {
                    yield new Verdict.Refused(stale.get());
                }
                yield p.zombie() ? new Verdict.Gone("exited: pid " + target.pid() + " is a zombie") : SEND;
            }
        };
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
