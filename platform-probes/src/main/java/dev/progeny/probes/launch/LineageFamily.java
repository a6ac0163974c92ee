package dev.progeny.probes.launch;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Snapshot;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A launch's family found without kernel help: the launch's process group or session, the
 * descendants of every member, every process remembered as a member in an earlier snapshot
 * (identity = pid and start time, so a parent that died does not lose its children), and
 * processes re-parented to an adopting parent whose environment carries the launch tag. The
 * floor for macOS, where no reaper exists; also used on FreeBSD beside the reaper. Works on
 * every OS; thread-safe (members() is synchronized because lineage is remembered).
 */
public final class LineageFamily implements Family {
    private final String description;
    private final ProcessKey root;
    private final Isolation isolation;
    private final Set<Integer> adoptingParents;
    private final Predicate<ProcessInfo> tagged;
    private Set<ProcessKey> known;
    private Map<ProcessKey, Boolean> tagChecked = Map.of();

    /**
     * @param adoptingParents where orphans end up (pid 1, or Progeny itself as reaper); only
     *                        their children are tested with {@code tagged}, which may be costly
     * @param tagged          whether a process carries this launch's tag (reads its environment)
     */
    public LineageFamily(String description, ProcessKey root, Isolation isolation, Set<Integer> adoptingParents,
                         Predicate<ProcessInfo> tagged) {
        this.description = description;
        this.root = root;
        this.isolation = isolation;
        this.adoptingParents = Set.copyOf(adoptingParents);
        this.tagged = tagged;
        this.known = Set.of(root);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public synchronized List<ProcessInfo> members(Snapshot snapshot) {
        Set<Integer> memberPids = new LinkedHashSet<>();
        Map<ProcessKey, Boolean> checkedNow = new HashMap<>();
        for (ProcessInfo p : snapshot.processes()) {
            if (known.contains(p.key()) || sharesGroupOrSession(p) || isTaggedOrphan(p, checkedNow)) {
                memberPids.add(p.pid());
            }
        }
        ArrayDeque<Integer> todo = new ArrayDeque<>(memberPids);
        while (!todo.isEmpty()) {
            for (ProcessInfo child : snapshot.children(todo.poll())) {
                if (memberPids.add(child.pid())) {
                    todo.add(child.pid());
                }
            }
        }
        List<ProcessInfo> out = new ArrayList<>(memberPids.size());
        Set<ProcessKey> keys = new HashSet<>();
        for (ProcessInfo p : snapshot.processes()) {
            if (memberPids.contains(p.pid())) {
                out.add(p);
                keys.add(p.key());
            }
        }
        known = keys;
        tagChecked = checkedNow;
        return out;
    }

    private boolean sharesGroupOrSession(ProcessInfo p) {
        return isolation == Isolation.SESSION ? p.sid() == root.pid() : p.pgid() == root.pid();
    }

    private boolean isTaggedOrphan(ProcessInfo p, Map<ProcessKey, Boolean> checkedNow) {
        if (!adoptingParents.contains(p.ppid())) {
            return false;
        }
        Boolean verdict = tagChecked.get(p.key());
        if (verdict == null) {
            verdict = tagged.test(p);
        }
        checkedNow.put(p.key(), verdict);
        return verdict;
    }
}
