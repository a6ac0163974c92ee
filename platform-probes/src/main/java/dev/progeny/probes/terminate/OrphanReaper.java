package dev.progeny.probes.terminate;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * Collects the zombies that were re-parented to Progeny (it is a subreaper or reaper of its
 * launches), by pid, never with {@code waitpid(-1)} (which would steal the exit status of a
 * {@code java.lang.Process} or a launch that waits for its own child). Thread-safe.
 */
public interface OrphanReaper {

    /**
     * Reaps every zombie child of Progeny except {@code excludedPids} (children whose status
     * someone else collects, e.g. {@code java.lang.Process} children) and except every launch
     * root not yet reaped by its launch, including one being spawned meanwhile; returns each
     * with its exit status. Never blocks on a child (it may wait for a spawn to be registered).
     */
    List<Reaped> reapOrphans(Set<Integer> excludedPids) throws IOException;

    /**
     * Reaps exactly those of {@code pids} that are zombie children of Progeny now (those an action
     * just killed: Progeny leaves no zombie of its own making), and returns each with its exit
     * status. Never blocks.
     */
    List<Reaped> reap(Set<Integer> pids) throws IOException;
}
