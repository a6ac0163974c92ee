package dev.progeny.probes.diagnose;

import java.util.List;
import java.util.Optional;

/**
 * What is known about a pipe a process waits on beyond its own end: who holds the other end
 * (from the pipe map of the processes looked at) and how full it is, where it was measured.
 * Immutable.
 *
 * @param otherEnds the descriptors on the other end; empty when none was found among the
 *                  processes looked at (or they were not looked at: see {@code looked})
 * @param looked    whether a pipe map was consulted at all
 */
public record PipeState(List<PipeEnd> otherEnds, Optional<PipeFill> fill, boolean looked) {
    public static final PipeState UNKNOWN = new PipeState(List.of(), Optional.empty(), false);

    public PipeState {
        otherEnds = List.copyOf(otherEnds);
    }

    /** The distinct pids on the other end, in order. */
    public List<Integer> otherPids() {
        return otherEnds.stream().map(PipeEnd::pid).distinct().toList();
    }
}
