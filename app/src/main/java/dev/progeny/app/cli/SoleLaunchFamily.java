package dev.progeny.app.cli;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.launch.Container;
import dev.progeny.probes.launch.Family;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchIndex;
import dev.progeny.probes.launch.Membership;
import dev.progeny.probes.launch.RecordedLineage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The family of the one launch a {@code progeny run} makes: the launch's own members, plus every
 * orphan this process adopted as subreaper. In a window adoption proves nothing (any of several
 * launches may have left an orphan), but {@code run} starts one command and nothing else, so
 * whatever comes back to it came from that command. Any OS; thread-safe as the launch's family is.
 */
final class SoleLaunchFamily implements Family {
    private final Launch launch;
    private final int selfPid;

    SoleLaunchFamily(Launch launch, int selfPid) {
        this.launch = launch;
        this.selfPid = selfPid;
    }

    @Override
    public String description() {
        return launch.family().description();
    }

    @Override
    public List<ProcessInfo> members(Snapshot snapshot) {
        return memberships(snapshot).stream().map(Membership::process).toList();
    }

    /** The launch's members with why, then the orphans only adoption ties to it. */
    List<Membership> memberships(Snapshot snapshot) {
        List<Membership> out = new ArrayList<>(launch.family().memberships(snapshot));
        Map<ProcessKey, LaunchIndex.Owner> owners = LaunchIndex.of(snapshot, List.of(launch));
        for (ProcessInfo p : LaunchIndex.unclaimed(snapshot, owners.keySet(), selfPid)) {
            out.add(new Membership(p, EnumSet.of(Membership.Reason.ADOPTED)));
        }
        return out;
    }

    @Override
    public Optional<Container> container() {
        return launch.family().container();
    }

    @Override
    public Optional<ProcessKey> groupLeader() {
        return launch.family().groupLeader();
    }

    @Override
    public Optional<RecordedLineage> recorded() {
        return launch.family().recorded();
    }
}
