package dev.progeny.probes.launch;

import dev.progeny.probes.ProcessInfo;
import java.util.Collection;
import java.util.List;

/** A {@link MembershipProbe} that reads nothing: no tags, no containers. Any OS; stateless. */
public enum NoMembership implements MembershipProbe {
    INSTANCE;

    @Override
    public TagReading launchTag(ProcessInfo process) {
        return TagReading.UNTAGGED;
    }

    @Override
    public Collection<Integer> containerPids(Container container) {
        return List.of();
    }
}
