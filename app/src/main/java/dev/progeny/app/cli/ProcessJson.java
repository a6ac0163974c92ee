package dev.progeny.app.cli;

import dev.progeny.probes.ProcessInfo;
import java.util.List;
import java.util.Map;

/**
 * The JSON shape of one process: a stable contract for scripts, apart from the Java type. {@code
 * progeny snapshot --json} and the window's File → Save snapshot as JSON write the same document.
 * Immutable; every OS.
 */
public record ProcessJson(int pid, int ppid, int pgid, int sid, long tty, int tpgid, String state, int uid,
                          long startTime, long startEpochMillis, String name, List<String> argv, int threads,
                          long rssBytes, long cpuNanos) {

    public static ProcessJson of(ProcessInfo p) {
        return new ProcessJson(p.pid(), p.ppid(), p.pgid(), p.sid(), p.tty(), p.tpgid(), p.state().name(), p.uid(),
                p.startTime(), p.startEpochMillis(), p.name(), p.argv(), p.threads(), p.rssBytes(), p.cpuNanos());
    }

    /** The document: {@code {"processes": [...]}}. */
    public static Map<String, List<ProcessJson>> document(List<ProcessInfo> processes) {
        return Map.of("processes", processes.stream().map(ProcessJson::of).toList());
    }
}
