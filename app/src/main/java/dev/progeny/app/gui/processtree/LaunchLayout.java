package dev.progeny.app.gui.processtree;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Snapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Arranges a launch's family under the launch: each member under its parent when the parent is
 * a member too, otherwise at the top of the launch. Marks lineage:
 * <ul>
 * <li>orphan: a member (not the launched process) whose parent is Progeny (it was adopted
 *     through the subreaper) or init;</li>
 * <li>escapee: a member outside the launched process's current descendant tree that is not an
 *     orphan and whose parent is no member (it got away, e.g. adopted by another reaper); its
 *     own children sit under it unmarked.</li>
 * </ul>
 * Pure and thread-safe.
 */
public final class LaunchLayout {
    /** One member and where it goes: under {@code parent}, or at the launch's top when null. */
    public record Placed(ProcessInfo process, ProcessKey parent, Set<Badge> lineage) {
    }

    private LaunchLayout() {
    }

    /** Members in display order: parents first, siblings by pid. */
    public static List<Placed> arrange(Snapshot snapshot, LaunchRows launch, int progenyPid) {
        Map<Integer, ProcessInfo> byPid = new HashMap<>();
        for (ProcessInfo m : launch.members()) {
            byPid.put(m.pid(), m);
        }
        Set<Integer> rootTree = new HashSet<>();
        if (snapshot.contains(launch.root())) {
            for (ProcessInfo p : snapshot.subtree(launch.root().pid())) {
                rootTree.add(p.pid());
            }
        }
        Map<Integer, List<ProcessInfo>> children = new HashMap<>();
        List<ProcessInfo> tops = new ArrayList<>();
        for (ProcessInfo m : launch.members()) {
            ProcessInfo parent = byPid.get(m.ppid());
            if (parent != null && parent.pid() != m.pid()) {
                children.computeIfAbsent(parent.pid(), k -> new ArrayList<>()).add(m);
            } else {
                tops.add(m);
            }
        }
        List<Placed> out = new ArrayList<>(launch.members().size());
        tops.sort(Comparator.comparingInt(ProcessInfo::pid));
        for (ProcessInfo top : tops) {
            out.add(new Placed(top, null, lineage(top, launch, rootTree, progenyPid)));
            appendChildren(top, children, out);
        }
        return out;
    }

    private static void appendChildren(ProcessInfo parent, Map<Integer, List<ProcessInfo>> children, List<Placed> out) {
        List<ProcessInfo> kids = children.remove(parent.pid());
        if (kids == null) {
            return;
        }
        kids.sort(Comparator.comparingInt(ProcessInfo::pid));
        for (ProcessInfo kid : kids) {
            out.add(new Placed(kid, parent.key(), Set.of()));
            appendChildren(kid, children, out);
        }
    }

    private static Set<Badge> lineage(ProcessInfo top, LaunchRows launch, Set<Integer> rootTree, int progenyPid) {
        if (top.key().equals(launch.root())) {
            return Set.of();
        }
        if (top.ppid() == progenyPid || top.ppid() == 1) {
            return EnumSet.of(Badge.ORPHAN);
        }
        return rootTree.contains(top.pid()) ? Set.of() : EnumSet.of(Badge.ESCAPEE);
    }
}
