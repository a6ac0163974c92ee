package dev.progeny.probes.terminate;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.launch.Family;
import dev.progeny.probes.launch.RecordedLineage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A process and all its descendants, remembered across snapshots: a member whose parent exits
 * is re-parented (to init or a subreaper) and would drop out of a plain descendant walk, so
 * every member ever seen stays a member for as long as it lives, and so do its descendants.
 * Identity is (pid, start time), so a reused pid never joins. A descendant re-parented before
 * any snapshot saw it cannot be found this way: that is what a launch's containment is for.
 * Any OS; thread-safe.
 */
public final class TreeFamily implements Family {
    /** Ancestors followed at most, so a recorded cycle (never expected) cannot hang a walk. */
    private static final int MAX_DEPTH = 4096;
    private final int rootPid;
    private final Set<ProcessKey> known = new HashSet<>();
    private ProcessKey root;
    private RecordedLineage recorded;

    /** The tree of {@code rootPid}, whichever process has that pid at the first snapshot. */
    public TreeFamily(int rootPid) {
        this.rootPid = rootPid;
    }

    /** The tree of exactly the process {@code root}. */
    public TreeFamily(ProcessKey root) {
        this.rootPid = root.pid();
        this.root = root;
        known.add(root);
    }

    public int rootPid() {
        return rootPid;
    }

    @Override
    public String description() {
        return "tree of pid " + rootPid;
    }

    @Override
    public synchronized List<ProcessInfo> members(Snapshot snapshot) {
        if (root == null) {
            snapshot.process(rootPid).ifPresent(p -> {
                root = p.key();
                known.add(root);
            });
        }
        List<ProcessInfo> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        ArrayDeque<ProcessInfo> todo = new ArrayDeque<>();
        for (ProcessInfo p : snapshot.processes()) {
            if (recorded == null ? known.contains(p.key()) : descendsFromRoot(p.key())) {
                todo.add(p);
            }
        }
        while (!todo.isEmpty()) {
            ProcessInfo p = todo.poll();
            if (!seen.add(p.pid())) {
                continue;
            }
            out.add(p);
            todo.addAll(snapshot.children(p.pid()));
        }
        known.clear();
        out.forEach(p -> known.add(p.key()));
        return out;
    }

    /** From now on the tree is what {@code lineage} recorded fork by fork, plus the snapshot's children of members. */
    public synchronized void recordedBy(RecordedLineage lineage) {
        this.recorded = lineage;
    }

    @Override
    public synchronized Optional<RecordedLineage> recorded() {
        return Optional.ofNullable(recorded);
    }

    private boolean descendsFromRoot(ProcessKey key) {
        ProcessKey k = key;
        for (int i = 0; k != null && i < MAX_DEPTH; i++) {
            if (k.equals(root)) {
                return true;
            }
            k = recorded.parentOf(k).orElse(null);
        }
        return false;
    }
}
