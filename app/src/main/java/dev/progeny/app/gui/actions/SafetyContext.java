package dev.progeny.app.gui.actions;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Snapshot;
import java.util.Set;

/**
 * What a safety decision is made against: who Progeny is, a fresh snapshot, and the processes
 * that belong to this run's launches. Immutable.
 *
 * @param self          Progeny's own process (pid, group, session, user)
 * @param snapshot      a reading taken just before the decision
 * @param launchMembers every process of every launch in {@code snapshot}
 */
public record SafetyContext(ProcessInfo self, Snapshot snapshot, Set<ProcessKey> launchMembers) {

    public SafetyContext {
        launchMembers = Set.copyOf(launchMembers);
    }
}
