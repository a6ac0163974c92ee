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
import java.util.function.IntToLongFunction;

/**
 * The per-OS parts of the one launch sequence ({@link PosixLauncher}), and nothing else: what
 * contains a launch, the spawn planner and the spawn binding, and the OS's facts. Each OS builds
 * its own in {@code <Os>Launching} (docs/platform-roster.md). Immutable; thread-safe if its parts are.
 *
 * @param errors            the errno values a launch reacts to, from this OS's errno.h
 * @param terminal          the terminal hand-over (signal numbers, sigset layout)
 * @param containing        what contains a launch here beyond its group or session
 * @param planner           the OS's pure spawn planner
 * @param foregroundInChild whether the planner hands the terminal's foreground over in the child
 *                          (else the root starts stopped and Progeny hands it over)
 * @param spawner           the spawn binding: the OS's libc, handle sizes and {@code _np} actions
 * @param startTime         the start time of our own unreaped child, in the table's units
 * @param probe             the readings a launch family needs beyond a snapshot
 */
public record LaunchBinding(LaunchErrors errors, Terminal terminal, Containing containing, Planner planner,
                            boolean foregroundInChild, PosixSpawner spawner, IntToLongFunction startTime,
                            MembershipProbe probe) {

    /** Turns a resolved request into this OS's {@code posix_spawn} settings. Pure. */
    @FunctionalInterface
    public interface Planner {
        /** @throws LaunchException when the OS cannot do what is asked (FreeBSD: a new session) */
        SpawnPlan plan(SpawnRequest request) throws LaunchException;
    }

    /** What contains a launch on this OS beyond its group or session. Thread-safe. */
    @FunctionalInterface
    public interface Containing {
        /**
         * The mechanisms in force for {@code spec} and why each other one asked for is not. May
         * prepare a container (Linux makes the launch's cgroup), which {@link #release} undoes.
         */
        Contained contain(LaunchSpec spec, String id);

        /** Steps the child runs before exec (Linux: enter the cgroup); none by default. */
        default List<ExecWrapper.PreExec> preExec(Contained contained) {
            return List.of();
        }

        /** What holds the family of the launch rooted at {@code root}: the prepared container by default. */
        default Optional<Container> container(ProcessKey root, Contained contained) {
            return contained.prepared();
        }

        /** Undoes the preparation: at once when the spawn failed, else once the container is empty. */
        default void release(Contained contained, boolean now) {
        }
    }

    /**
     * What one launch is contained by, decided before its spawn.
     *
     * @param inForce     mechanisms in force beyond the group or session
     * @param unavailable why each other mechanism asked for is not
     * @param prepared    a container made for the launch before it runs (Linux's cgroup)
     * @param limits      its limits: their pre-exec steps, what holds them, what to release
     */
    public record Contained(Set<Containment> inForce, Map<Containment, String> unavailable, Optional<Container> prepared,
                            LimitPlan limits) {
        public Contained {
            inForce = Set.copyOf(inForce);
            unavailable = Map.copyOf(unavailable);
        }
    }
}
