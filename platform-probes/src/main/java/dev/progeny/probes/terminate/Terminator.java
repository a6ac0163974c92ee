package dev.progeny.probes.terminate;

import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Signal;
import dev.progeny.probes.launch.Family;
import java.io.IOException;
import java.time.Duration;

/**
 * Ends processes: one, a process group, a session, or any {@link Family} (a tree, a launch with
 * its escapees). Every signal passes the {@link SignalGuard}; a family that contains Progeny
 * itself, or is named by a protected number, is refused before anything is sent. Implementations
 * are thread-safe; each call blocks until its work is done.
 */
public interface Terminator {

    SignalGuard guard();

    /** One signal to one process, after confirming it is still the process {@code target} names. */
    Delivery signal(ProcessKey target, Signal signal);

    /**
     * {@code signal} to every live member, again to members that appear meanwhile, then waits at
     * most {@code wait} for the family to be gone. KILL goes first to the family's container when
     * it has one (cgroup or reaper subtree). Survivors are the members alive at the end.
     */
    TerminationReport signal(Family family, Signal signal, Duration wait) throws IOException, SignalRefusedException;

    default TerminationReport signalGroup(int pgid, Signal signal, Duration wait)
            throws IOException, SignalRefusedException {
        return signal(new GroupFamily(pgid), signal, wait);
    }

    default TerminationReport signalSession(int sid, Signal signal, Duration wait)
            throws IOException, SignalRefusedException {
        return signal(new SessionFamily(sid), signal, wait);
    }

    /**
     * TERM (and CONT) to every member, wait at most {@code grace} while the family shrinks, KILL
     * whatever is left (through the family's container when it has one; after freezing it with STOP
     * when it forks faster than it dies), then verify. Returns early once every member is gone or
     * a zombie.
     */
    default TerminationReport escalate(Family family, Duration grace) throws IOException, SignalRefusedException {
        return escalate(family, Signal.TERM, grace);
    }

    /** {@link #escalate(Family, Duration)} that starts with {@code first} instead of TERM. */
    TerminationReport escalate(Family family, Signal first, Duration grace) throws IOException, SignalRefusedException;
}
