package dev.progeny.app.gui.actions;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.terminate.SignalGuard;
import java.util.Set;

/**
 * What a safety decision is made against: who Progeny is, what may never be signalled, a fresh snapshot, and the processes
 * that belong to this run's launches. Immutable.
 *
 * @param self          Progeny's own process (pid, group, session, user)
 * @param guard         the platform's rules for what no signal may reach
 * @param snapshot      a reading taken just before the decision
 * @param launchMembers every process of every launch in {@code snapshot}
 */
public record SafetyContext(ProcessInfo self, SignalGuard guard, Snapshot snapshot, Set<ProcessKey> launchMembers) {

    public SafetyContext {
        launchMembers = Set.copyOf(launchMembers);
    }
}
