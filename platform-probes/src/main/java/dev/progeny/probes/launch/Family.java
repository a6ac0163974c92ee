package dev.progeny.probes.launch;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Snapshot;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A set of processes that belong together and are ended together: a process group, a session,
 * a tree, or a launch's whole contained family (escapees included). Implementations say how
 * they find members; they may remember lineage across snapshots, so they are thread-safe but
 * stateful.
 */
public interface Family {

    /** For messages: e.g. "process group 1234" or "launch 7f3a (sh -c ...)". */
    String description();

    /** The members present in {@code snapshot}, zombies included. */
    List<ProcessInfo> members(Snapshot snapshot);

    /** What holds exactly this family in the kernel, when there is such a thing. */
    default Optional<Container> container() {
        return Optional.empty();
    }

    /** The cgroup v2 directory holding exactly this family, when its container is one. */
    default Optional<Path> cgroup() {
        return container().flatMap(c -> c instanceof Container.Cgroup(Path directory)
                ? Optional.of(directory) : Optional.empty());
    }

    /**
     * A process that leads a process group lying wholly inside this family, now and for as long
     * as it lives (e.g. the root of a launch in a session of its own: nothing outside the launch
     * can join its session, hence its group). A terminator may signal that group as a whole
     * before it has read the table. Empty when there is no such guarantee.
     */
    default Optional<ProcessKey> groupLeader() {
        return Optional.empty();
    }

    /** The record of every fork and exit this family's lineage is read from, once one is kept for it. */
    default Optional<RecordedLineage> recorded() {
        return Optional.empty();
    }
}
