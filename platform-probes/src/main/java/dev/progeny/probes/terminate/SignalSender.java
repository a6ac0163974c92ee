package dev.progeny.probes.terminate;

import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Signal;
import dev.progeny.probes.launch.Container;
import java.nio.file.Path;
import java.util.List;

/**
 * One OS's way of delivering signals, each one behind the {@link SignalGuard}: the target's
 * identity is confirmed (start time) right before it is signalled. Every signal Progeny sends to
 * another process goes through the platform's one sender. Implementations are thread-safe. A
 * vanished target is an outcome ({@link Delivery.Outcome#GONE}), never an exception.
 */
public interface SignalSender {

    SignalGuard guard();

    /** Sends {@code signals}, in order, to the one process {@code target}; one delivery per signal. */
    List<Delivery> send(ProcessKey target, List<Signal> signals);

    /**
     * Sends {@code signals} to the whole process group {@code pgid}, in one call each, after the
     * guard has confirmed {@code member}'s identity, that it is still in that group and, for a
     * family's group, that the group is outside Progeny's session
     * ({@link SignalGuard#checkGroupMember}). One delivery per signal, aimed at {@code member};
     * for a family's group {@link Delivery.Outcome#UNSUPPORTED} where the OS cannot signal the group
     * through a process it holds (Linux: only through the group's leader, since 6.9), and the
     * caller then signals the members one by one; a launch's group then gets kill(2) right after
     * the check, as on the BSDs.
     */
    List<Delivery> sendToGroup(ProcessKey member, int pgid, SignalGuard.GroupOwner owner, List<Signal> signals);

    /**
     * What killing a container came to.
     *
     * @param outcome {@link Delivery.Outcome#SENT} when the kernel took it; UNSUPPORTED for a kind of
     *                container this OS does not have
     * @param detail  what was done or why not, for the report (e.g. the file written)
     */
    record ContainerKill(Delivery.Outcome outcome, String detail) {
    }

    /**
     * SIGKILLs every process {@code container} holds, in one step that no fork can outrun: Linux
     * writes the cgroup's {@code cgroup.kill}, FreeBSD has the procctl reaper kill the launch's
     * subtree. Never throws for a kernel error: the outcome says it.
     */
    ContainerKill killContainer(Container container);

    /**
     * Whether {@code cgroup} or a cgroup below it still holds a live process (zombies do not
     * count). Unlike a reading of the process table, this cannot miss a member that forks and
     * exits faster than the table is read.
     */
    boolean cgroupPopulated(Path cgroup);
}
