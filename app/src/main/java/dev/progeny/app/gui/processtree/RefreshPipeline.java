package dev.progeny.app.gui.processtree;

import dev.progeny.app.gui.filter.ProcessFilter;
import dev.progeny.app.gui.limits.LimitsText;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.ProcessTable;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchIndex;
import dev.progeny.probes.launch.Membership;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The background half of a refresh: snapshot, each launch's family, the tree model, the diff.
 * Runs off the FX thread, one tick at a time (not thread-safe).
 *
 * <p>The whole-system view reads every process each time. The launches view shows only the
 * launches' families, so between full readings (every {@value #FULL_READ_EVERY}th) it rereads only
 * their members and processes it has never seen (a member's new child, an escapee's birth);
 * every process is still listed, so the process count is exact, while counts over the rest of the
 * system (zombies) may be a few refreshes old. That is most of the refresh's cost with thousands of
 * idle processes on the system. Orphans Progeny adopted that no launch can prove its own are shown
 * under an "Unclaimed" header of their own, never under a launch.
 */
final class RefreshPipeline {
    static final int FULL_READ_EVERY = 5;
    static final String UNCLAIMED_LABEL = "Unclaimed: orphans adopted by Progeny, origin unknown";
    /** The unclaimed orphans have no launched process. */
    private static final ProcessKey NO_ROOT = new ProcessKey(0, -1);

    /** What a tick works from; {@code reuse} is the snapshot to rebuild from, or null for a new one. */
    record Request(Snapshot reuse, List<Launch> launches, boolean systemView, boolean flat, ProcessFilter filter,
                   TreeModel previous) {
    }

    /** What a tick hands to the FX thread. */
    record Result(Snapshot snapshot, int zombies, TreeModel model, TreePatch patch, Map<ProcessKey, String> launchOf,
                  Map<ProcessKey, Set<Membership.Reason>> reasons, List<LaunchStat> launchStats, long backgroundNanos) {
    }

    private final ProcessTable table;
    private final TreeBuilder builder;
    /**
     * Launches that ended with nothing left: their family is not looked for again (nothing can
     * join a family with no live member). A removed launch is forgotten.
     */
    private final Set<Launch> settled = new HashSet<>();
    /** The pids of the launches' members at the last refresh; null before the first. */
    private Set<Integer> members;
    private int partialReads;

    RefreshPipeline(ProcessTable table, TreeBuilder builder) {
        this.table = table;
        this.builder = builder;
    }

    Result run(Request request) throws IOException {
        long t0 = System.nanoTime();
        Snapshot snapshot = request.reuse();
        if (snapshot == null) {
            IntPredicate reread = rereadFor(request.systemView());
            snapshot = table.snapshot(reread);
            builder.observe(snapshot, reread);
        }
        List<LaunchRows> launches = new ArrayList<>(request.launches().size());
        Map<ProcessKey, String> launchOf = new HashMap<>();
        Map<ProcessKey, Set<Membership.Reason>> reasons = new HashMap<>();
        List<LaunchStat> stats = new ArrayList<>();
        settled.retainAll(request.launches());
        for (Launch launch : request.launches()) {
            List<Membership> memberships = settled.contains(launch) ? List.of() : launch.family().memberships(snapshot);
            if (memberships.isEmpty() && launch.exitStatus().isPresent()) {
                settled.add(launch);
            }
            List<ProcessInfo> members = new ArrayList<>(memberships.size());
            for (Membership m : memberships) {
                members.add(m.process());
                reasons.putIfAbsent(m.process().key(), m.reasons());
            }
            // Limits are read at every refresh, so the header says within one refresh that one bit.
            launch.limits().poll();
            String label = LaunchLabel.of(launch.spec()) + LimitsText.header(launch.limits());
            LaunchRows rows = new LaunchRows(launch.id(), label, launch.spec().argv(), launch.root(), members,
                    launch.exitStatus());
            launches.add(rows);
            stats.add(stat(launch, members));
            for (ProcessInfo m : members) {
                launchOf.putIfAbsent(m.key(), launch.id());
            }
        }
        List<ProcessInfo> unclaimed = LaunchIndex.unclaimed(snapshot, launchOf.keySet(), builder.progenyPid());
        if (!unclaimed.isEmpty()) {
            launches.add(new LaunchRows(RowId.UNCLAIMED, UNCLAIMED_LABEL, List.of(), NO_ROOT, unclaimed, Optional.empty()));
        }
        members = pidsOf(launchOf.keySet());
        unclaimed.forEach(p -> members.add(p.pid()));
        TreeModel model = builder.build(snapshot, launches, new TreeBuilder.View(request.systemView(), request.flat()),
                request.filter(), request.previous(), snapshot.takenAt().toEpochMilli());
        TreePatch patch = TreeDiff.between(request.previous(), model);
        return new Result(snapshot, zombies(snapshot), model, patch, launchOf, reasons, stats, System.nanoTime() - t0);
    }

    /** Which processes the next snapshot reads again: every one, or the launches' members between full readings. */
    private IntPredicate rereadFor(boolean systemView) {
        if (systemView || members == null || ++partialReads >= FULL_READ_EVERY) {
            partialReads = 0;
            return pid -> true;
        }
        Set<Integer> reread = members;
        return reread::contains;
    }

    private static Set<Integer> pidsOf(Set<ProcessKey> keys) {
        Set<Integer> pids = HashSet.newHashSet(keys.size());
        for (ProcessKey k : keys) {
            pids.add(k.pid());
        }
        return pids;
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

    private LaunchStat stat(Launch launch, List<ProcessInfo> members) {
        long started = 0;
        int live = 0;
        double cpuSum = 0;
        long rss = 0;
        for (ProcessInfo m : members) {
            if (m.state().isAlive()) {
                live++;
                rss += m.rssBytes();
            }
            cpuSum += builder.cpuPercentOf(m.key());
            if (m.key().equals(launch.root())) {
                started = m.startEpochMillis();
            }
        }
        return new LaunchStat(launch.id(), live, cpuSum, rss, started);
    }
}
