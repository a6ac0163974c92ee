package dev.progeny.probes.launch;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Snapshot;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
     * Every member of every launch in {@code snapshot}. A process claimed by two launches (one
     * that joined another launch's group, say) goes to the earlier one in {@code launches}.
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

    /**
     * Orphans adopted by Progeny ({@code selfPid} as subreaper or reaper) that no launch can prove
     * its own, with their descendants, parents first. Nothing says where they came from, so they
     * belong to no launch: shown apart, and signalled only when the user picks one of them.
     */
    public static List<ProcessInfo> unclaimed(Snapshot snapshot, Set<ProcessKey> claimed, int selfPid) {
        List<ProcessInfo> out = new ArrayList<>();
        for (ProcessInfo orphan : snapshot.children(selfPid)) {
            if (!claimed.contains(orphan.key())) {
                out.add(orphan);
                out.addAll(snapshot.descendants(orphan.pid()));
            }
        }
        return out;
    }
}
