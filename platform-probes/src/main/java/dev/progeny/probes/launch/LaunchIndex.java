package dev.progeny.probes.launch;

import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Snapshot;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which launch each process of a snapshot belongs to, and why: the view a process tree needs to
 * mark launch members and escapees. Any OS. Stateless; the families it asks remember lineage.
 */
public final class LaunchIndex {

    /** A process's launch and the membership that ties it there. */
    public record Owner(Launch launch, Membership membership) {
    }

    private LaunchIndex() {
    }

    /**
     * Every member of every launch in {@code snapshot}. A process claimed by two launches (only
     * possible for an adopted orphan while several launches adopt) goes to the earlier one in
     * {@code launches}.
     */
    public static Map<ProcessKey, Owner> of(Snapshot snapshot, Collection<? extends Launch> launches) {
        Map<ProcessKey, Owner> owners = new LinkedHashMap<>();
        for (Launch launch : launches) {
            for (Membership m : launch.family().memberships(snapshot)) {
                owners.putIfAbsent(m.process().key(), new Owner(launch, m));
            }
        }
        return owners;
    }
}
