package dev.progeny.probes.linux;

import dev.progeny.probes.events.ProcessEvent;
import dev.progeny.probes.posix.CmdlineParser;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What the tracer reads from {@code /proc} about a tracee while it sits in a ptrace-stop (so it
 * cannot exit or exec meanwhile): start time and parent at birth, argv and name after exec. Reads
 * go through {@link ProcFiles}, whose memory is confined to the tracer thread. Linux.
 */
final class TracerReads implements AutoCloseable {
    private final ProcFiles files = new ProcFiles("/proc");

    /** {@code /proc/PID/stat}, or null when the task is already gone. */
    ProcStat stat(int pid) {
        return files.stat(pid);
    }

    /** Whether task {@code tid} is a thread of process {@code tgid} (not a process of its own). */
    boolean isThreadOf(int tid, int tgid) {
        return tid != tgid && files.read(tgid, "task/" + tid + "/stat") == ProcFiles.Outcome.READ;
    }

    /** The exec of {@code pid}, read at its PTRACE_EVENT_EXEC stop: the new program's argv and name. */
    ProcessEvent.Exec exec(long nanos, int pid) {
        List<String> argv = files.read(pid, "cmdline") == ProcFiles.Outcome.READ ? CmdlineParser.split(files.bytes(), files.length()) : List.of();
        String comm = "";
        if (files.read(pid, "comm") == ProcFiles.Outcome.READ) {
            int n = files.length();
            comm = new String(files.bytes(), 0, n > 0 && files.bytes()[n - 1] == '\n' ? n - 1 : n, StandardCharsets.UTF_8);
        }
        return new ProcessEvent.Exec(nanos, pid, argv, comm);
    }

    @Override
    public void close() {
        files.close();
    }
}
