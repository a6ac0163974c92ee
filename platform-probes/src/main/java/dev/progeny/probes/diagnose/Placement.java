package dev.progeny.probes.diagnose;

import java.util.List;
import java.util.Optional;

/**
 * Where a process lives: its pid in each nested pid namespace (outermost first; one element
 * outside any nested namespace) and the container or unit its cgroup names. Immutable.
 */
public record Placement(List<Integer> nspid, Optional<ContainerRef> container) {
    public Placement {
        nspid = List.copyOf(nspid);
    }
}
