package dev.progeny.probes;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One reading of the process table at an instant, indexed by pid and by parent. Immutable and
 * thread-safe. The reading is not atomic (no OS offers that): a process may have exited or been
 * born while the table was read. Processes the OS listed but that could not be read are kept
 * apart ({@link #unreadable()}): they are not in {@link #processes()}, and not gone either.
 */
public final class Snapshot {
    private final Instant takenAt;
    private final Map<Integer, ProcessInfo> byPid;
    private final Map<Integer, List<ProcessInfo>> byParent;
    private final List<ProcessInfo> processes;
    private final Map<Integer, UnreadableProcess> unreadable;

    public Snapshot(Instant takenAt, Collection<ProcessInfo> processes) {
        this(takenAt, processes, List.of());
    }

    public Snapshot(Instant takenAt, Collection<ProcessInfo> processes, Collection<UnreadableProcess> unreadable) {
        this.takenAt = takenAt;
        this.unreadable = HashMap.newHashMap(unreadable.size());
        unreadable.forEach(u -> this.unreadable.put(u.pid(), u));
        this.processes = List.copyOf(processes);
        this.byPid = HashMap.newHashMap(processes.size());
        this.byParent = HashMap.newHashMap(processes.size());
        for (ProcessInfo p : this.processes) {
            byPid.put(p.pid(), p);
            byParent.computeIfAbsent(p.ppid(), k -> new ArrayList<>(2)).add(p);
        }
    }

    public Instant takenAt() {
        return takenAt;
    }

    /** Every process, in the order the OS listed them. */
    public List<ProcessInfo> processes() {
        return processes;
    }

    public int size() {
        return processes.size();
    }

    public Optional<ProcessInfo> process(int pid) {
        return Optional.ofNullable(byPid.get(pid));
    }

    /** Processes the OS listed that could not be read (and may be alive), in no particular order. */
    public Collection<UnreadableProcess> unreadable() {
        return Collections.unmodifiableCollection(unreadable.values());
    }

    /** Why {@code pid}, listed by the OS, could not be read; empty when it was read or is not listed. */
    public Optional<UnreadableProcess> unreadable(int pid) {
        return Optional.ofNullable(unreadable.get(pid));
    }

    /** Whether {@code key} still names a live-or-zombie process in this snapshot. */
    public boolean contains(ProcessKey key) {
        ProcessInfo p = byPid.get(key.pid());
        return p != null && p.startTime() == key.startTime();
    }

    /** Direct children of {@code pid}. */
    public List<ProcessInfo> children(int pid) {
        return Collections.unmodifiableList(byParent.getOrDefault(pid, List.of()));
    }

    /** Every descendant of {@code pid} (not the process itself), parents before children. */
    public List<ProcessInfo> descendants(int pid) {
        List<ProcessInfo> out = new ArrayList<>();
        ArrayDeque<Integer> todo = new ArrayDeque<>();
        todo.add(pid);
        while (!todo.isEmpty()) {
            int parent = todo.poll();
            for (ProcessInfo child : byParent.getOrDefault(parent, List.of())) {
                if (child.pid() == pid) {
                    continue;
                }
                out.add(child);
                todo.add(child.pid());
            }
        }
        return out;
    }

    /** {@code pid} followed by its descendants, or empty when {@code pid} is absent. */
    public List<ProcessInfo> subtree(int pid) {
        ProcessInfo root = byPid.get(pid);
        if (root == null) {
            return List.of();
        }
        List<ProcessInfo> out = new ArrayList<>();
        out.add(root);
        out.addAll(descendants(pid));
        return out;
    }

    /** The chain of ancestors of {@code pid}, nearest first (the process itself excluded). */
    public List<ProcessInfo> ancestors(int pid) {
        List<ProcessInfo> out = new ArrayList<>();
        ProcessInfo p = byPid.get(pid);
        while (p != null && p.ppid() != p.pid() && out.size() < byPid.size()) {
            p = byPid.get(p.ppid());
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    public List<ProcessInfo> groupMembers(int pgid) {
        return filter(p -> p.pgid() == pgid);
    }

    public List<ProcessInfo> sessionMembers(int sid) {
        return filter(p -> p.sid() == sid);
    }

    public List<ProcessInfo> zombies() {
        return filter(ProcessInfo::isZombie);
    }

    /**
     * Processes that outlived their parent: re-parented to init (ppid 1), or whose parent is no
     * longer in the table. Pid 1 itself and kernel threads (ppid 0) are not counted.
     */
    public List<ProcessInfo> orphans() {
        return filter(p -> p.pid() != 1 && p.ppid() != 0
                && (p.ppid() == 1 || !byPid.containsKey(p.ppid())));
    }

    public List<ProcessInfo> filter(Predicate<ProcessInfo> predicate) {
        List<ProcessInfo> out = new ArrayList<>();
        for (ProcessInfo p : processes) {
            if (predicate.test(p)) {
                out.add(p);
            }
        }
        return out;
    }
}
