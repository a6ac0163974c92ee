package dev.progeny.probes.macos;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.ProcessTable;
import dev.progeny.probes.ProcessState;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.posix.ErrnoException;
import dev.progeny.probes.posix.ExecWrapper;
import dev.progeny.probes.posix.PosixLibc;
import dev.progeny.probes.terminate.TargetReading;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the macOS process table with one {@code sysctl kern.proc.all} call (zombies included),
 * the session of each process with {@code getsid} (remembered, because getsid fails once a
 * process is a zombie) and argv with {@code KERN_PROCARGS2} (own processes only, unless root).
 * Thread-safe.
 */
public final class MacOsProcessTable implements ProcessTable {
    private final MacOsSysctl sysctl;
    private volatile Map<ProcessKey, Cached> cache = Map.of();

    private record Cached(String name, List<String> argv, int sid) {
    }

    MacOsProcessTable(MacOsLibc libc) {
        this.sysctl = new MacOsSysctl(libc);
    }

    @Override
    public Snapshot snapshot() throws IOException {
        Instant takenAt = Instant.now();
        List<KinfoProcMacOs> records = KinfoProcMacOs.decodeAll(sysctl.allProcesses());
        Map<ProcessKey, Cached> previous = cache;
        Map<ProcessKey, Cached> next = HashMap.newHashMap(records.size());
        List<ProcessInfo> processes = new ArrayList<>(records.size());
        for (KinfoProcMacOs k : records) {
            ProcessKey key = new ProcessKey(k.pid(), k.startMicros());
            Cached cached = previous.get(key);
            int sid = PosixLibc.INSTANCE.getsid(k.pid());
            if (sid < 0) {
                sid = cached == null ? -1 : cached.sid();
            }
            // A launch's wrapper shell is about to exec the command, perhaps another sh: read it again.
            if (cached == null || !cached.name().equals(k.comm()) || ExecWrapper.isWrapper(cached.argv())) {
                cached = new Cached(k.comm(), argv(k), sid);
            } else if (cached.sid() != sid) {
                cached = new Cached(cached.name(), cached.argv(), sid);
            }
            next.put(key, cached);
            processes.add(k.toProcessInfo(sid, cached.argv()));
        }
        cache = next;
        return new Snapshot(takenAt, processes);
    }

    /** One process, read directly; empty when it is gone or could not be read. */
    public Optional<ProcessInfo> process(int pid) {
        try {
            return sysctl.process(pid).map(k -> k.toProcessInfo(PosixLibc.INSTANCE.getsid(pid), argv(k)));
        } catch (ErrnoException e) {
            return Optional.empty();
        }
    }

    /** One process read afresh for the signal guard: absent only when the kernel has none. */
    public TargetReading reading(int pid) {
        try {
            return sysctl.process(pid).map(k -> TargetReading.of(k.toProcessInfo(PosixLibc.INSTANCE.getsid(pid), List.of())))
                    .orElseGet(TargetReading.Absent::new);
        } catch (ErrnoException e) {
            return new TargetReading.Unreadable(e.errno(), e.getMessage());
        }
    }

    /** The environment of one of our own processes; empty for others', zombies and restricted binaries. */
    public List<String> environment(int pid) {
        return sysctl.procArgs(pid).map(ProcArgs2::environment).orElse(List.of());
    }

    private List<String> argv(KinfoProcMacOs k) {
        if (MacOsStates.of(k.stat()) == ProcessState.ZOMBIE) {
            return List.of();
        }
        return sysctl.procArgs(k.pid()).map(ProcArgs2::argv).orElse(List.of());
    }
}
