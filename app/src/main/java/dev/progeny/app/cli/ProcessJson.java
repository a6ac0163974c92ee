package dev.progeny.app.cli;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.diagnose.ContainerRef;
import dev.progeny.probes.diagnose.Placement;
import dev.progeny.probes.diagnose.WaitingFor;
import java.util.List;
import java.util.Map;

/**
 * The JSON shape of one process: a stable contract for scripts, apart from the Java type.
 * {@code waitingFor} is null for a process that ended while it was read, {@code container}
 * null when its cgroup names none. {@code progeny snapshot --json} and the window's File → Save
 * snapshot as JSON write the same document. Immutable; every OS.
 */
public record ProcessJson(int pid, int ppid, int pgid, int sid, long tty, int tpgid, String state, int uid,
                          long startTime, long startEpochMillis, String name, List<String> argv, int threads,
                          long rssBytes, long cpuNanos, WaitJson waitingFor, String container) {

    /** {@code p} without diagnosis (a process listed, not explained). */
    static ProcessJson of(ProcessInfo p) {
        return of(p, null, null);
    }

    static ProcessJson of(ProcessInfo p, WaitingFor waiting, Placement placement) {
        return new ProcessJson(p.pid(), p.ppid(), p.pgid(), p.sid(), p.tty(), p.tpgid(), p.state().name(), p.uid(),
                p.startTime(), p.startEpochMillis(), p.name(), p.argv(), p.threads(), p.rssBytes(), p.cpuNanos(),
                waiting == null ? null : WaitJson.of(waiting),
                placement == null ? null : placement.container().map(ContainerRef::describe).orElse(null));
    }

    /** The document without diagnosis: {@code {"processes": [...]}}. */
    public static Map<String, List<ProcessJson>> document(List<ProcessInfo> processes) {
        return document(processes, Map.of(), Map.of());
    }

    static Map<String, List<ProcessJson>> document(List<ProcessInfo> processes, Map<ProcessKey, WaitingFor> waiting,
                                                   Map<ProcessKey, Placement> placements) {
        return Map.of("processes", processes.stream()
                .map(p -> of(p, waiting.get(p.key()), placements.get(p.key()))).toList());
    }
}
