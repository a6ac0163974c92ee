package dev.progeny.app.leftovers;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.launch.LaunchFamily;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A launch an earlier Progeny made, which no Progeny watches now, and its processes still alive.
 * Immutable (the family remembers lineage, as every launch family does).
 *
 * @param entry     the launch as its Progeny wrote it down (or as its tag alone says, when it did not)
 * @param family    everything that belongs to it, found by tag, cgroup, group and lineage
 * @param processes its live processes at the time it was found
 */
public record Leftover(JournalEntry entry, LaunchFamily family, List<ProcessInfo> processes) {
    private static final System.Logger LOG = System.getLogger(Leftover.class.getName());

    public Leftover {
        processes = List.copyOf(processes);
    }

    /** Removes the launch's cgroup once it is empty (it was the earlier Progeny's to remove). Blocking. */
    public void removeCgroupIfEmpty() {
        entry.cgroup().ifPresent(Leftover::removeEmpty);
    }

    /** Removes {@code cgroup}; the kernel refuses one that still holds processes, and that is logged. */
    static void removeEmpty(Path cgroup) {
        try {
            Files.deleteIfExists(cgroup);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot remove the leftover cgroup " + cgroup, e);
        }
    }
}
