package dev.progeny.probes.launch;

import dev.progeny.probes.ProcessKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The launches one Progeny process has made. Any OS. Thread-safe.
 *
 * <p>Two questions only it can answer: which pids are launch roots still waiting to be reaped
 * by their launch (an orphan reaper must leave those alone, or the launch would never learn
 * its exit status), and which containers hold the other launches (a process inside another
 * launch's container is never this launch's member). It never guesses where an orphan adopted by
 * Progeny came from: an adopted orphan carries no trace of its origin, so only a container, a tag
 * or recorded lineage can place it (see {@link LaunchFamily}); otherwise it is unclaimed.
 *
 * <p>A root is Progeny's unreaped child from the moment {@code posix_spawn} returns, but it can
 * be added only after that. So spawning and adding run as one {@link #registering} step, and an
 * orphan reaper runs {@link #reaping}, which excludes those steps: a reaper never sees a root
 * that is spawned but not yet added. Spawns still run concurrently with one another.
 */
public final class LaunchRegistry {
    private final int selfPid;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    /**
     * Shared by spawn-and-add steps, exclusive for a reaper's pass. Fair, so that a reaper called
     * in a loop cannot barge in again ahead of the spawns waiting for it.
     */
    private final ReadWriteLock gate = new ReentrantReadWriteLock(true);

    /** A step that spawns a root and {@link #add}s it before it returns. */
    @FunctionalInterface
    public interface Registration<T, E extends Exception> {
        T run() throws E;
    }

    /** An orphan reaper's pass, given the pids it must leave to their launches. */
    @FunctionalInterface
    public interface ReaperPass<T, E extends Exception> {
        T run(Set<Integer> rootPids) throws E;
    }

    private record Entry(String id, ProcessKey root, Optional<Container> container, boolean reaped) {
    }

    public LaunchRegistry(int selfPid) {
        this.selfPid = selfPid;
    }

    public int selfPid() {
        return selfPid;
    }

    /** Runs {@code step} (spawn, then add) while no orphan reaper's pass runs. */
    public <T, E extends Exception> T registering(Registration<T, E> step) throws E {
        gate.readLock().lock();
        try {
            return step.run();
        } finally {
            gate.readLock().unlock();
        }
    }

    /**
     * Runs an orphan reaper's {@code pass} with the roots still waiting for their launch, while no
     * launch is between spawn and add: every root the pass can see is among those it is given.
     */
    public <T, E extends Exception> T reaping(ReaperPass<T, E> pass) throws E {
        gate.writeLock().lock();
        try {
            return pass.run(rootPids());
        } finally {
            gate.writeLock().unlock();
        }
    }

    /** Call within {@link #registering}, once the root's start time is known. */
    public synchronized void add(String id, ProcessKey root, Optional<Container> container) {
        entries.put(id, new Entry(id, root, container, false));
    }

    /** The launch has collected its root's exit status: the pid is free for others to reap. */
    public synchronized void rootReaped(String id) {
        entries.computeIfPresent(id, (k, e) -> new Entry(e.id(), e.root(), e.container(), true));
    }

    public synchronized void remove(String id) {
        entries.remove(id);
    }

    /** Whether launch {@code id} was added and not yet removed (closed). */
    public synchronized boolean isOpen(String id) {
        return entries.containsKey(id);
    }

    /** Pids of launched processes not yet reaped by their launch: never reap these elsewhere. */
    public synchronized Set<Integer> rootPids() {
        Set<Integer> out = new TreeSet<>();
        entries.values().stream().filter(e -> !e.reaped()).forEach(e -> out.add(e.root().pid()));
        return out;
    }

    /** The containers of the open launches other than {@code id}. */
    public synchronized List<Container> containersOtherThan(String id) {
        List<Container> out = new ArrayList<>();
        entries.values().forEach(e -> e.container().filter(c -> !e.id().equals(id)).ifPresent(out::add));
        return out;
    }
}
