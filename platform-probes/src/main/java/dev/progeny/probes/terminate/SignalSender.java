package dev.progeny.probes.terminate;

import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Signal;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One OS's way of delivering signals, each one behind the {@link SignalGuard}: the target's
 * identity is confirmed (start time) right before it is signalled. Implementations are
 * thread-safe. A vanished target is an outcome ({@link Delivery.Outcome#GONE}), never an exception.
 */
public interface SignalSender {

    SignalGuard guard();

    /** Sends {@code signals}, in order, to the one process {@code target}; one delivery per signal. */
    List<Delivery> send(ProcessKey target, List<Signal> signals);

    /**
     * Sends {@code signals} to the whole process group of {@code member}, in one call each, after
     * confirming {@code member}'s identity and that it is still in group {@code pgid} and outside
     * Progeny's session (so the group cannot be, or become, Progeny's own). One delivery per
     * signal, aimed at {@code member}; {@link Delivery.Outcome#UNSUPPORTED} when the OS cannot
     * do this, and the caller then signals the members one by one.
     */
    List<Delivery> sendToGroup(ProcessKey member, int pgid, List<Signal> signals);

    /** SIGKILLs every process in {@code cgroup} and its descendants, atomically with respect to fork. */
    void killCgroup(Path cgroup) throws IOException;

    /**
     * Whether {@code cgroup} or a cgroup below it still holds a live process (zombies do not
     * count). Unlike a reading of the process table, this cannot miss a member that forks and
     * exits faster than the table is read.
     */
    boolean cgroupPopulated(Path cgroup);
}
