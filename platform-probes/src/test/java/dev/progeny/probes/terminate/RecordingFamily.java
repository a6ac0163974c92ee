package dev.progeny.probes.terminate;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.launch.Container;
import dev.progeny.probes.launch.Family;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A family that remembers every member it ever returned, so a test can check that no signal went outside it. */
final class RecordingFamily implements Family {
    private final Family family;
    private final Set<ProcessKey> everSeen = new HashSet<>();

    RecordingFamily(Family family) {
        this.family = family;
    }

    @Override
    public String description() {
        return family.description();
    }

    @Override
    public synchronized List<ProcessInfo> members(Snapshot snapshot) {
        List<ProcessInfo> members = family.members(snapshot);
        members.forEach(p -> everSeen.add(p.key()));
        return members;
    }

    @Override
    public Optional<Container> container() {
        return family.container();
    }

    synchronized Set<ProcessKey> everSeen() {
        return Set.copyOf(everSeen);
    }
}
