package dev.progeny.probes.linux;

import dev.progeny.probes.posix.CmdlineParser;
import dev.progeny.probes.posix.PosixLibc;
import java.util.List;

/**
 * What the proc connector's events lack, read from {@code /proc/PID} at once: a new process's
 * start time, an exec'd process's name and argv. The process may be gone by then. Linux only;
 * not thread-safe (the event thread's own).
 */
final class ProcReads implements AutoCloseable {
    private final ProcFiles files = new ProcFiles("/proc");
    private final long ticksPerSecond = PosixLibc.INSTANCE.sysconf(LinuxConstants.SC_CLK_TCK);
    private String comm = "";

    /**
     * {@code pid}'s start time in clock ticks since boot (the identity {@code /proc} shows); for a
     * process already reaped, derived from the event's CLOCK_MONOTONIC stamp. The derived value may
     * be a tick or more early: /proc counts from a boot-time clock that includes suspend and stamps
     * before the event is sent. Nothing will compare it with a reading, as the process is gone.
     */
    long startTime(int pid, long eventNanos) {
        ProcStat stat = files.stat(pid);
        return stat != null ? stat.startTime() : eventNanos / (1_000_000_000L / ticksPerSecond);
    }

    /** {@code pid}'s argv, empty when gone or a zombie; {@link #comm()} is its name ("" when gone). */
    List<String> argv(int pid) {
        ProcStat stat = files.stat(pid);
        comm = stat != null ? stat.comm() : "";
        return files.read(pid, "cmdline") == ProcFiles.Outcome.READ ? List.copyOf(CmdlineParser.split(files.bytes(), files.length())) : List.of();
    }

    String comm() {
        return comm;
    }

    @Override
    public void close() {
        files.close();
    }
}
