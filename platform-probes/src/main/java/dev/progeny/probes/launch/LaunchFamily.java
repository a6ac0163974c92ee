package dev.progeny.probes.launch;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.launch.Membership.Reason;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything that belongs to one launch, escapees included, and why. Any OS (the OS-specific
 * readings come from a {@link MembershipProbe}). Thread-safe and stateful: it remembers every
 * member it has seen, so a member's descendants stay members after re-parenting to Progeny or
 * to init. Never counts pid 0, pid 1 or Progeny itself.
 */
public final class LaunchFamily implements Family {
    private final String id;
    private final String command;
    private final ProcessKey root;
    private final Set<Containment> inForce;
    private final Optional<Container> container;
    private final MembershipProbe probe;
    private final LaunchRegistry registry;
    private Set<ProcessKey> remembered = new HashSet<>();
    private Map<ProcessKey, Optional<String>> tagged = new HashMap<>();

    public LaunchFamily(String id, String command, ProcessKey root, Set<Containment> inForce,
                        Optional<Container> container, MembershipProbe probe, LaunchRegistry registry) {
        this.id = id;
        this.command = command;
        this.root = root;
        this.inForce = Set.copyOf(inForce);
        this.container = container;
        this.probe = probe;
        this.registry = registry;
    }

    @Override
    public String description() {
        return "launch " + id + " (" + command + ")";
    }

    @Override
    public Optional<Container> container() {
        return container;
    }

    /** The root, when the launch has a session of its own: every process in it descends from the root. */
    @Override
    public Optional<ProcessKey> groupLeader() {
        return inForce.contains(Containment.SESSION) ? Optional.of(root) : Optional.empty();
    }

    @Override
    public List<ProcessInfo> members(Snapshot snapshot) {
        return memberships(snapshot).stream().map(Membership::process).toList();
    }

    /** The members in {@code snapshot}, zombies included, each with why it is one. */
    public synchronized List<Membership> memberships(Snapshot snapshot) {
        Map<Integer, EnumSet<Reason>> found = new LinkedHashMap<>();
        if (snapshot.contains(root)) {
            snapshot.subtree(root.pid()).forEach(p -> add(found, p, Reason.TREE));
        }
        boolean session = inForce.contains(Containment.SESSION);
        Map<ProcessKey, Optional<String>> nextTagged = new HashMap<>();
        boolean byTag = inForce.contains(Containment.ENVIRONMENT_TAG);
        for (ProcessInfo p : snapshot.processes()) {
            if (remembered.contains(p.key())) {
                add(found, p, Reason.LINEAGE);
            }
            if (p.startTime() < root.startTime()) {
                continue;
            }
            if (session ? p.sid() == root.pid() : p.pgid() == root.pid()) {
                add(found, p, session ? Reason.SESSION : Reason.PROCESS_GROUP);
            }
            if (byTag && tag(p, nextTagged).filter(id::equals).isPresent()) {
                add(found, p, Reason.ENVIRONMENT_TAG);
            }
        }
        // Read after the snapshot: a listed pid may name, in the snapshot, a process older than the launch.
        container.ifPresent(c -> probe.containerPids(c).forEach(pid -> snapshot.process(pid)
                .filter(p -> p.startTime() >= root.startTime()).ifPresent(p -> add(found, p, reason(c)))));
        if (inForce.contains(Containment.SUBREAPER) || inForce.contains(Containment.REAPER)) {
            for (ProcessInfo p : snapshot.children(registry.selfPid())) {
                if (registry.adopter(p).filter(id::equals).isPresent() && !disowned(p, found, byTag, nextTagged)) {
                    add(found, p, Reason.ADOPTED);
                }
            }
        }
        tagged = nextTagged;
        addDescendants(snapshot, found);
        List<Membership> out = new ArrayList<>(found.size());
        Set<ProcessKey> seen = new HashSet<>();
        found.forEach((pid, reasons) -> snapshot.process(pid).ifPresent(p -> {
            out.add(new Membership(p, reasons));
            seen.add(p.key());
        }));
        remembered = seen;
        return out;
    }

    private static Reason reason(Container container) {
        return switch (container) {
            case Container.Cgroup c -> Reason.CGROUP;
            case Container.ReaperSubtree r -> Reason.REAPER_SUBTREE;
        };
    }

    /** Children of members are members too (lineage), however they got there. */
    private void addDescendants(Snapshot snapshot, Map<Integer, EnumSet<Reason>> found) {
        ArrayDeque<Integer> todo = new ArrayDeque<>(found.keySet());
        while (!todo.isEmpty()) {
            for (ProcessInfo child : snapshot.children(todo.poll())) {
                if (!found.containsKey(child.pid()) && add(found, child, Reason.LINEAGE)) {
                    todo.add(child.pid());
                }
            }
        }
    }

    private Optional<String> tag(ProcessInfo p, Map<ProcessKey, Optional<String>> nextTagged) {
        Optional<String> known = tagged.get(p.key());
        Optional<String> tag = known != null ? known : probe.launchTag(p);
        nextTagged.put(p.key(), tag);
        return tag;
    }

    /**
     * Adoption alone is a guess (see {@link LaunchRegistry}): an orphan of anything else Progeny
     * ran is adopted too. With the tag in force, another launch's tag, outside this launch's
     * container, says it is not ours. No tag at all proves nothing (a member may clear its
     * environment), so code that runs helpers outside launches should give them a tag of their own.
     */
    private boolean disowned(ProcessInfo p, Map<Integer, EnumSet<Reason>> found, boolean byTag,
                             Map<ProcessKey, Optional<String>> nextTagged) {
        EnumSet<Reason> known = found.get(p.pid());
        boolean inContainer = known != null && container.map(LaunchFamily::reason).filter(known::contains).isPresent();
        return byTag && !inContainer && tag(p, nextTagged).filter(other -> !other.equals(id)).isPresent();
    }

    private boolean add(Map<Integer, EnumSet<Reason>> found, ProcessInfo p, Reason reason) {
        if (p.pid() <= 1 || p.pid() == registry.selfPid()) {
            return false;
        }
        found.computeIfAbsent(p.pid(), k -> EnumSet.noneOf(Reason.class)).add(reason);
        return true;
    }
}
