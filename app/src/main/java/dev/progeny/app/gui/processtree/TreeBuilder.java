package dev.progeny.app.gui.processtree;

import dev.progeny.app.gui.common.ShellQuote;
import dev.progeny.app.gui.filter.ProcessFilter;
import dev.progeny.probes.Platform;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.events.EventRecorder;
import dev.progeny.probes.events.EventSources;
import dev.progeny.probes.events.LaunchHistory;
import dev.progeny.probes.posix.UserNames;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * Builds the {@link TreeModel} for one snapshot: the whole system by parentage, or each launch
 * with its family; only rows that match the filter and their ancestors; rows that just vanished
 * kept briefly as tombstones. Runs off the FX thread; not thread-safe (one refresh at a time).
 */
final class TreeBuilder {
    /** How long new rows are marked new and vanished rows stay as tombstones. */
    static final long HIGHLIGHT_MILLIS = 2000;

    private final CpuTracker cpu = new CpuTracker();
    private final EventRecorder events;
    private final FreshTracker fresh;
    private final IntFunction<String> userNames;
    private final int progenyPid;
    private final Tombstones tombstones;
    private final LaunchHeaders headers;

    /** Over a history of its own, fed only by the snapshots it observes (polling). */
    TreeBuilder(IntFunction<String> userNames, int progenyPid) {
        this(userNames, progenyPid, new EventRecorder(EventSources.pollingOnly(() -> {
            throw new IOException("fed the refresh's readings only");
        }), Duration.ZERO));
    }

    /** Over the window's one history, {@code events}. */
    TreeBuilder(IntFunction<String> userNames, int progenyPid, EventRecorder events) {
        this.userNames = userNames;
        this.progenyPid = progenyPid;
        this.events = events;
        this.fresh = new FreshTracker(events);
        this.tombstones = new Tombstones(events, Platform.current().signals());
        this.headers = new LaunchHeaders(userNames);
    }

    /** For this process, over a history of its own (tests and benches without a window). */
    static TreeBuilder forThisProcess() {
        UserNames names = new UserNames();
        return new TreeBuilder(names::nameOf, (int) ProcessHandle.current().pid());
    }

    static TreeBuilder forThisProcess(EventRecorder events) {
        UserNames names = new UserNames();
        return new TreeBuilder(names::nameOf, (int) ProcessHandle.current().pid(), events);
    }

    /**
     * Takes a new snapshot into account, once per snapshot: CPU %, and births and exits for the
     * history when it is fed by polling (the first call opens the platform's source: not on the FX thread).
     *
     * @param reread the pids the snapshot read now; it carried the others over from an earlier one
     */
    void observe(Snapshot snapshot, IntPredicate reread) {
        events.observe(snapshot);
        cpu.update(snapshot, reread);
    }

    int progenyPid() {
        return progenyPid;
    }

    double cpuPercentOf(ProcessKey key) {
        return cpu.percentOf(key);
    }

    /** Which rows: every process or the launches; by parentage or as a flat list (sorted by any column). */
    record View(boolean system, boolean flat) {
        static final View LAUNCH_TREE = new View(false, false);
        static final View SYSTEM_TREE = new View(true, false);
    }

    TreeModel build(Snapshot snapshot, List<LaunchRows> launches, View view, ProcessFilter filter,
                    TreeModel previous, long nowMillis) {
        LinkedHashMap<RowId, TreeModel.Entry> rows = new LinkedHashMap<>();
        if (view.system()) {
            addSystem(snapshot, filter, previous, rows, nowMillis, view.flat());
        } else {
            for (LaunchRows launch : launches) {
                addLaunch(snapshot, launch, filter, previous, rows, nowMillis, view.flat());
            }
        }
        headers.retain(launches.stream().map(LaunchRows::id).toList());
        tombstones.keep(snapshot, launches, previous, rows, nowMillis);
        return new TreeModel(rows);
    }

    private void addSystem(Snapshot snapshot, ProcessFilter filter, TreeModel previous, Map<RowId, TreeModel.Entry> rows,
                           long now, boolean flat) {
        Set<Integer> keep = filter.isEmpty() ? null : matchingWithAncestors(snapshot, filter);
        List<ProcessInfo> tops = new ArrayList<>();
        for (ProcessInfo p : snapshot.processes()) {
            if (p.ppid() == p.pid() || snapshot.process(p.ppid()).isEmpty()) {
                tops.add(p);
            }
        }
        ArrayDeque<ProcessInfo> todo = new ArrayDeque<>();
        pushSorted(todo, tops, keep);
        while (!todo.isEmpty()) {
            ProcessInfo p = todo.pop();
            ProcessInfo parent = p.ppid() == p.pid() ? null : snapshot.process(p.ppid()).orElse(null);
            RowId id = RowId.process(RowId.SYSTEM, p.key());
            RowId parentId = parent == null || flat ? null : RowId.process(RowId.SYSTEM, parent.key());
            rows.put(id, entry(previous, id, parentId, p, Set.of(), now, p.argv()));
            pushSorted(todo, snapshot.children(p.pid()), keep);
        }
    }

    /** Pushes so that the lowest pid pops first. */
    private static void pushSorted(ArrayDeque<ProcessInfo> todo, List<ProcessInfo> siblings, Set<Integer> keep) {
        List<ProcessInfo> sorted = new ArrayList<>(siblings.size());
        for (ProcessInfo p : siblings) {
            if (keep == null || keep.contains(p.pid())) {
                sorted.add(p);
            }
        }
        sorted.sort(Comparator.comparingInt(ProcessInfo::pid).reversed());
        for (ProcessInfo p : sorted) {
            todo.push(p);
        }
    }

    private static Set<Integer> matchingWithAncestors(Snapshot snapshot, ProcessFilter filter) {
        Set<Integer> keep = new HashSet<>();
        for (ProcessInfo p : snapshot.processes()) {
            if (filter.matches(p) && keep.add(p.pid())) {
                for (ProcessInfo a : snapshot.ancestors(p.pid())) {
                    if (!keep.add(a.pid())) {
                        break;
                    }
                }
            }
        }
        return keep;
    }

    private void addLaunch(Snapshot snapshot, LaunchRows launch, ProcessFilter filter, TreeModel previous,
                           Map<RowId, TreeModel.Entry> rows, long now, boolean flat) {
        List<LaunchLayout.Placed> placed = LaunchLayout.arrange(snapshot, launch, progenyPid);
        Set<ProcessKey> keep = filter.matchesText(launch.label()) ? null : keepInLaunch(placed, filter);
        if (keep != null && keep.isEmpty()) {
            return;
        }
        RowId header = RowId.launch(launch.id());
        double cpuSum = 0;
        for (LaunchLayout.Placed m : placed) {
            cpuSum += cpu.percentOf(m.process().key());
        }
        rows.put(header, new TreeModel.Entry(null, withTally(headers.row(header, snapshot, launch, launch.members(), cpuSum),
                launch)));
        for (LaunchLayout.Placed m : placed) {
            if (keep != null && !keep.contains(m.process().key())) {
                continue;
            }
            ProcessInfo p = m.process();
            RowId id = RowId.process(launch.id(), p.key());
            RowId parent = m.parent() == null || flat ? header : RowId.process(launch.id(), m.parent());
            List<String> argv = p.key().equals(launch.root()) ? RootArgv.shown(p, launch.argv()) : p.argv();
            rows.put(id, entry(previous, id, parent, p, m.lineage(), now, argv));
        }
    }

    private static Set<ProcessKey> keepInLaunch(List<LaunchLayout.Placed> placed, ProcessFilter filter) {
        Map<ProcessKey, ProcessKey> parents = new HashMap<>();
        for (LaunchLayout.Placed m : placed) {
            parents.put(m.process().key(), m.parent());
        }
        Set<ProcessKey> keep = new HashSet<>();
        for (LaunchLayout.Placed m : placed) {
            if (filter.matches(m.process())) {
                ProcessKey k = m.process().key();
                while (k != null && keep.add(k)) {
                    k = parents.get(k);
                }
            }
        }
        return keep;
    }

    /** The header's status with what the process history counted of the launch (" · 3 exited, 1 killed"). */
    private RowData withTally(RowData head, LaunchRows launch) {
        LaunchHistory history = events.history().view().launch(launch.id());
        if (RowId.UNCLAIMED.equals(launch.id()) || history.started() == 0) {
            return head;
        }
        return new RowData(head.id(), head.process(), head.name(), head.user(), head.cpuPercent(), head.badges(),
                head.status() + " \u00b7 " + ExitWords.tally(history), head.command());
    }

    /**
     * The row of {@code p} under {@code parent}: the previous entry itself when the process is the
     * same instance (the table hands back unchanged processes as they were) and nothing else the
     * row shows changed, so an idle system costs neither new rows nor a diff.
     */
    private TreeModel.Entry entry(TreeModel previous, RowId id, RowId parent, ProcessInfo p, Set<Badge> lineage, long now,
                                  List<String> argv) {
        TreeModel.Entry old = previous.get(id);
        EnumSet<Badge> badges = badges(p, lineage, now);
        double cpuPercent = cpu.percentOf(p.key());
        if (old != null && old.data().process() == p && old.data().cpuPercent() == cpuPercent
                && old.data().badges().equals(badges) && Objects.equals(old.parent(), parent)) {
            return old;
        }
        return new TreeModel.Entry(parent, new RowData(id, p, p.name(), userNames.apply(p.uid()), cpuPercent, badges,
                StateWords.of(p.state()), ShellQuote.commandLine(argv, p.name())));
    }

    private EnumSet<Badge> badges(ProcessInfo p, Set<Badge> lineage, long now) {
        EnumSet<Badge> badges = EnumSet.noneOf(Badge.class);
        badges.addAll(lineage);
        switch (p.state()) {
            case ZOMBIE -> badges.add(Badge.ZOMBIE);
            case STOPPED -> badges.add(Badge.STOPPED);
            case TRACED -> badges.add(Badge.TRACED);
            default -> { }
        }
        if (fresh.isFresh(p.key(), now, HIGHLIGHT_MILLIS)) {
            badges.add(Badge.NEW);
        }
        return badges;
    }
}
