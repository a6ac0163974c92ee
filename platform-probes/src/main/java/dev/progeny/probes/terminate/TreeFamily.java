package dev.progeny.probes.terminate;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.launch.Family;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
    private final int rootPid;
    private final Set<ProcessKey> known = new HashSet<>();
    private ProcessKey root;

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
            if (known.contains(p.key())) {
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
}
