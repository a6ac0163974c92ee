package dev.progeny.app.leftovers;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.launch.LaunchFamily;
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
    public Leftover {
        processes = List.copyOf(processes);
    }
}
