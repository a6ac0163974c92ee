package dev.progeny.app.gui.testing;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessState;
import dev.progeny.probes.Snapshot;
import java.time.Instant;
import java.util.List;

/** Made-up processes and snapshots for view-model tests. */
public final class Procs {
    private Procs() {
    }

    public static ProcessInfo proc(int pid, int ppid, int pgid, int sid, String name) {
        return proc(pid, ppid, pgid, sid, name, ProcessState.SLEEPING, 0);
    }

    public static ProcessInfo proc(int pid, int ppid, int pgid, int sid, String name, ProcessState state, long cpuNanos) {
        return ProcessInfo.builder(pid).ppid(ppid).pgid(pgid).sid(sid).state(state).uid(1000)
                .startEpochMillis(1_700_000_000_000L + pid).name(name).argv(List.of(name, "--arg-" + pid))
                .rssBytes(4096L * pid).cpuNanos(cpuNanos).build();
    }

    public static Snapshot snapshot(long epochMillis, ProcessInfo... processes) {
        return new Snapshot(Instant.ofEpochMilli(epochMillis), List.of(processes));
    }
}
