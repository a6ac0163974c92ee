package dev.progeny.probes.freebsd;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.ProcessTable;
import dev.progeny.probes.ProcessState;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.posix.ErrnoException;
import dev.progeny.probes.posix.ExecWrapper;
import dev.progeny.probes.terminate.TargetReading;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the FreeBSD process table with one {@code sysctl kern.proc.proc} call (one
 * {@code kinfo_proc} per process, zombies included) and argv with {@code kern.proc.args}.
 * Thread-safe. Argv is cached per (pid, start time, name), as on Linux.
 */
public final class FreeBsdProcessTable implements ProcessTable {
    private final FreeBsdSysctl sysctl;
    private final long pageSize;
    private volatile Map<ProcessKey, Cached> cache = Map.of();

    private record Cached(String name, List<String> argv) {
    }

    FreeBsdProcessTable(FreeBsdLibc libc) {
        this.sysctl = new FreeBsdSysctl(libc);
        this.pageSize = libc.getpagesize();
    }

    @Override
    public Snapshot snapshot() throws IOException {
        Instant takenAt = Instant.now();
        List<KinfoProcFreeBsd> records = KinfoProcFreeBsd.decodeAll(sysctl.allProcesses());
        Map<ProcessKey, Cached> previous = cache;
        Map<ProcessKey, Cached> next = HashMap.newHashMap(records.size());
        List<ProcessInfo> processes = new ArrayList<>(records.size());
        for (KinfoProcFreeBsd k : records) {
            ProcessKey key = new ProcessKey(k.pid(), k.startMicros());
            Cached cached = previous.get(key);
            // A launch's wrapper shell is about to exec the command, perhaps another sh: read it again.
            if (cached == null || !cached.name().equals(k.comm()) || ExecWrapper.isWrapper(cached.argv())) {
                boolean zombie = FreeBsdStates.of(k.stat()) == ProcessState.ZOMBIE;
                cached = new Cached(k.comm(), zombie ? List.of() : sysctl.arguments(k.pid()));
            }
            next.put(key, cached);
            processes.add(k.toProcessInfo(cached.argv(), pageSize));
        }
        cache = next;
        return new Snapshot(takenAt, processes);
    }

    /** One process, read directly; empty when it is gone or could not be read. */
    public Optional<ProcessInfo> process(int pid) {
        try {
            return sysctl.process(pid).map(k -> k.toProcessInfo(sysctl.arguments(pid), pageSize));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** One process read afresh for the signal guard: absent only when the kernel says ESRCH. */
    public TargetReading reading(int pid) {
        try {
            return sysctl.process(pid).map(k -> TargetReading.of(k.toProcessInfo(List.of(), pageSize)))
                    .orElseGet(TargetReading.Absent::new);
        } catch (ErrnoException e) {
            return new TargetReading.Unreadable(e.errno(), e.getMessage());
        } catch (IOException e) {
            return new TargetReading.Unreadable(0, e.getMessage());
        }
    }

    /** One process from a full table read, which lists zombies too; empty when it is gone. */
    Optional<ProcessInfo> listed(int pid) {
        try {
            return snapshot().process(pid);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The environment of one of our own processes; empty for others' and for zombies. */
    public List<String> environment(int pid) {
        return sysctl.environment(pid);
    }
}
