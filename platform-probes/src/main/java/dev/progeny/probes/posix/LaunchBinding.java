package dev.progeny.probes.posix;

import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.launch.Container;
import dev.progeny.probes.launch.Containment;
import dev.progeny.probes.launch.LaunchException;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.launch.MembershipProbe;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The per-OS parts of the one launch sequence ({@link PosixLauncher}): what can contain a launch
 * here, the OS's spawn planner and spawn binding, and its facts. Each OS has one
 * ({@code <Os>Launching}; see docs/platform-roster.md). Implementations are thread-safe.
 */
public interface LaunchBinding {

    /** The errno values a launch reacts to, from this OS's errno.h. */
    LaunchErrors errors();

    /** This OS's terminal hand-over (signal numbers, sigset layout). */
    Terminal terminal();

    /**
     * The containment this OS puts in force for {@code spec} beyond the group or session, and why
     * each other mechanism asked for is not in force. May prepare a container (Linux makes the
     * launch's cgroup), which {@link #release} undoes.
     */
    Contained contain(LaunchSpec spec, String id);

    /** Steps the child runs before exec for {@code contained} (Linux: enter the cgroup); none by default. */
    default List<ExecWrapper.PreExec> preExec(Contained contained) {
        return List.of();
    }

    /** What holds the family of the launch rooted at {@code root}: the prepared container by default. */
    default Optional<Container> container(ProcessKey root, Contained contained) {
        return contained.prepared();
    }

    /** Undoes {@link #contain}'s preparation: at once when the spawn failed, else once it is empty. */
    default void release(Contained contained, boolean now) {
    }

    /**
     * Turns a resolved request into this OS's {@code posix_spawn} settings. Pure.
     *
     * @throws LaunchException when the OS cannot do what is asked (FreeBSD: a new session)
     */
    SpawnPlan plan(SpawnRequest request) throws LaunchException;

    /** Whether {@link #plan} hands the terminal's foreground over in the child itself. */
    boolean foregroundInChild();

    /** Carries out {@code plan}: the child's pid once it has exec'd, or the errno of the step that failed. */
    int spawn(SpawnPlan plan) throws ErrnoException;

    /** The start time of our own (unreaped) child, in the table's units. */
    long startTime(int pid);

    MembershipProbe probe();

    /**
     * What one launch is contained by, decided before its spawn.
     *
     * @param inForce     mechanisms in force beyond the group or session
     * @param unavailable why each other mechanism asked for is not
     * @param prepared    a container made for the launch before it runs (Linux's cgroup)
     */
    record Contained(Set<Containment> inForce, Map<Containment, String> unavailable, Optional<Container> prepared) {
        public Contained {
            inForce = Set.copyOf(inForce);
            unavailable = Map.copyOf(unavailable);
        }
    }
}
