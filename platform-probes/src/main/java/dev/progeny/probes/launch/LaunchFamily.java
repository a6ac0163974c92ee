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
import java.util.function.BooleanSupplier;

/**
 * Everything that belongs to one launch, escapees included, and why. Any OS (the OS-specific
 * readings come from a {@link MembershipProbe}). Thread-safe and stateful: it remembers every
 * member it has seen, so a member's descendants stay members after re-parenting to Progeny or
 * to init; once a process history records the launch ({@link #recordedBy}), lineage is what the
 * history recorded instead. Never counts pid 0, pid 1 or Progeny itself.
 */
public final class LaunchFamily implements Family {
    private final String id;
    private final String command;
    private final ProcessKey root;
    private final Set<Containment> inForce;
    private final Optional<Container> container;
    private final MembershipProbe probe;
    private final LaunchRegistry registry;
    private final BooleanSupplier rootReaped;
    private Set<ProcessKey> remembered = new HashSet<>();
    private volatile RecordedLineage lineage;
    private Map<ProcessKey, TagReading> tagged = new HashMap<>();

    /**
     * @param rootReaped whether Progeny has reaped the root: from then on a process with the root's
     *                   key is another one that took its pid within the same clock tick (a start time
     *                   is counted in ticks), not the root
     */
    public LaunchFamily(String id, String command, ProcessKey root, Set<Containment> inForce,
                        Optional<Container> container, MembershipProbe probe, LaunchRegistry registry,
                        BooleanSupplier rootReaped) {
        this.id = id;
        this.command = command;
        this.root = root;
        this.inForce = Set.copyOf(inForce);
        this.container = container;
        this.probe = probe;
        this.registry = registry;
        this.rootReaped = rootReaped;
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
        RecordedLineage recorded = lineage;
        Map<Integer, EnumSet<Reason>> found = new LinkedHashMap<>();
        boolean reaped = rootReaped.getAsBoolean();
        if (reaped) {
            tagged.remove(root); // the tag read from the root is not the tag of a process that took its key
        }
        // The kernel frees a pid only once no process has it as pid, group or session: someone else
        // at the root's pid means the launch's group and session numbers now name theirs.
        boolean numbersReused = snapshot.process(root.pid()).filter(p -> reaped || !p.key().equals(root)).isPresent();
        if (!numbersReused && snapshot.contains(root)) {
            snapshot.subtree(root.pid()).forEach(p -> add(found, p, Reason.TREE));
        }
        boolean session = inForce.contains(Containment.SESSION);
        Map<ProcessKey, TagReading> nextTagged = new HashMap<>();
        boolean byTag = inForce.contains(Containment.ENVIRONMENT_TAG);
        for (ProcessInfo p : snapshot.processes()) {
            boolean lineal = recorded == null ? remembered.contains(p.key())
                    : recorded.launchOf(p.key()).filter(id::equals).isPresent();
            // Lineage is kept by key, and a reaped root's key may now be someone else's.
            if (lineal && !(reaped && p.key().equals(root))) {
                add(found, p, Reason.LINEAGE);
            }
            if (p.startTime() < root.startTime()) {
                continue;
            }
            if (!numbersReused && (session ? p.sid() == root.pid() : p.pgid() == root.pid())) {
                add(found, p, session ? Reason.SESSION : Reason.PROCESS_GROUP);
            }
            if (byTag && tag(p, nextTagged).id().filter(id::equals).isPresent()) {
                add(found, p, Reason.ENVIRONMENT_TAG);
            }
        }
        // Read after the snapshot: a listed pid may name, in the snapshot, a process older than the launch.
        Set<Integer> inOwnContainer = new HashSet<>();
        container.ifPresent(c -> probe.containerPids(c).forEach(pid -> snapshot.process(pid)
                .filter(p -> p.startTime() >= root.startTime()).ifPresent(p -> {
                    add(found, p, reason(c));
                    inOwnContainer.add(p.pid());
                })));
        tagged = nextTagged;
        addDescendants(snapshot, found);
        dropOtherLaunchesContainers(found, inOwnContainer);
        if (inForce.contains(Containment.SUBREAPER) || inForce.contains(Containment.REAPER)) {
            // Adoption proves nothing about origin; it only says where a proven member went.
            for (ProcessInfo p : snapshot.children(registry.selfPid())) {
                EnumSet<Reason> known = found.get(p.pid());
                if (known != null && !p.key().equals(root)) {
                    known.add(Reason.ADOPTED);
                }
            }
        }
        List<Membership> out = new ArrayList<>(found.size());
        Set<ProcessKey> seen = new HashSet<>();
        found.forEach((pid, reasons) -> snapshot.process(pid).ifPresent(p -> {
            out.add(new Membership(p, reasons));
            seen.add(p.key());
        }));
        remembered = seen;
        return out;
    }

    /**
     * A process inside another launch's container is that launch's, whatever else ties it here (a
     * group it joined, lineage through a process that moved it): never a member of this one.
     */
    private void dropOtherLaunchesContainers(Map<Integer, EnumSet<Reason>> found, Set<Integer> inOwnContainer) {
        if (inOwnContainer.size() == found.size()) {
            return;
        }
        Set<Integer> elsewhere = new HashSet<>();
        for (Container other : registry.containersOtherThan(id)) {
            elsewhere.addAll(probe.containerPids(other));
        }
        found.keySet().removeIf(pid -> elsewhere.contains(pid) && !inOwnContainer.contains(pid));
    }

    /**
     * From now on lineage is what {@code recorded} says (every fork recorded since the launch),
     * instead of what was remembered from one snapshot to the next: a member re-parented before any
     * snapshot saw it still counts, and an adopted orphan belongs here only if it was forked here.
     */
    public void recordedBy(RecordedLineage recorded) {
        this.lineage = recorded;
    }

    @Override
    public Optional<RecordedLineage> recorded() {
        return Optional.ofNullable(lineage);
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

    /** Remembered by key once read: an environment caught in exec (read as nothing) is asked again next time. */
    private TagReading tag(ProcessInfo p, Map<ProcessKey, TagReading> nextTagged) {
        TagReading known = tagged.get(p.key());
        TagReading tag = known != null ? known : probe.launchTag(p);
        if (!(tag instanceof TagReading.Unread)) {
            nextTagged.put(p.key(), tag);
        }
        return tag;
    }

    private boolean add(Map<Integer, EnumSet<Reason>> found, ProcessInfo p, Reason reason) {
        if (p.pid() <= 1 || p.pid() == registry.selfPid()) {
            return false;
        }
        found.computeIfAbsent(p.pid(), k -> EnumSet.noneOf(Reason.class)).add(reason);
        return true;
    }
}
