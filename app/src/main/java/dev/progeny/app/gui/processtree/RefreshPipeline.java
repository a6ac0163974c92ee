package dev.progeny.app.gui.processtree;

import dev.progeny.app.gui.filter.ProcessFilter;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.ProcessTable;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.Membership;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The background half of a refresh: snapshot, each launch's family, the tree model, the diff.
 * Runs off the FX thread, one tick at a time (not thread-safe).
 */
final class RefreshPipeline {
    /** What a tick works from; {@code reuse} is the snapshot to rebuild from, or null for a new one. */
    record Request(Snapshot reuse, List<Launch> launches, boolean systemView, ProcessFilter filter, TreeModel previous) {
    }

    /** What a tick hands to the FX thread. */
    record Result(Snapshot snapshot, int zombies, TreeModel model, TreePatch patch, Map<ProcessKey, String> launchOf,
                  Map<ProcessKey, Set<Membership.Reason>> reasons, List<LaunchStat> launchStats, long backgroundNanos) {
    }

    private final ProcessTable table;
    private final TreeBuilder builder;

    RefreshPipeline(ProcessTable table, TreeBuilder builder) {
        this.table = table;
        this.builder = builder;
    }

    Result run(Request request) throws IOException {
        long t0 = System.nanoTime();
        Snapshot snapshot = request.reuse();
        if (snapshot == null) {
            snapshot = table.snapshot();
            builder.observe(snapshot, snapshot.takenAt().toEpochMilli());
        }
        List<LaunchRows> launches = new ArrayList<>(request.launches().size());
        Map<ProcessKey, String> launchOf = new HashMap<>();
        Map<ProcessKey, Set<Membership.Reason>> reasons = new HashMap<>();
        List<LaunchStat> stats = new ArrayList<>();
        for (Launch launch : request.launches()) {
            List<Membership> memberships = launch.family().memberships(snapshot);
            List<ProcessInfo> members = new ArrayList<>(memberships.size());
            for (Membership m : memberships) {
                members.add(m.process());
                reasons.putIfAbsent(m.process().key(), m.reasons());
            }
            LaunchRows rows = new LaunchRows(launch.id(), LaunchLabel.of(launch.spec()), launch.root(), members, launch.exitStatus());
            launches.add(rows);
            stats.add(stat(launch.id(), members));
            for (ProcessInfo m : members) {
                launchOf.putIfAbsent(m.key(), launch.id());
            }
        }
        TreeModel model = builder.build(snapshot, launches, request.systemView(), request.filter(), request.previous(),
                snapshot.takenAt().toEpochMilli());
        TreePatch patch = TreeDiff.between(request.previous(), model);
        return new Result(snapshot, zombies(snapshot), model, patch, launchOf, reasons, stats, System.nanoTime() - t0);
    }

    private static int zombies(Snapshot snapshot) {
        int n = 0;
        for (ProcessInfo p : snapshot.processes()) {
            if (p.isZombie()) {
                n++;
            }
        }
        return n;
    }

    private LaunchStat stat(String id, List<ProcessInfo> members) {
        int live = 0;
        double cpuSum = 0;
        long rss = 0;
        for (ProcessInfo m : members) {
            if (m.state().isAlive()) {
                live++;
                rss += m.rssBytes();
            }
            cpuSum += builder.cpuPercentOf(m.key());
        }
        return new LaunchStat(id, live, cpuSum, rss);
    }
}
