package dev.progeny.probes;

import java.util.List;
import java.util.Objects;

/**
 * One process as read from the OS at one instant. Immutable and thread-safe; every OS fills
 * it in the same way.
 *
 * @param pid        process id
 * @param ppid       parent pid (0 when the OS gives none, e.g. for pid 1 or kernel threads)
 * @param pgid       process group id
 * @param sid        session id
 * @param tty        controlling terminal device number, 0 when there is none
 * @param tpgid      foreground process group of the controlling terminal, -1 when there is none
 * @param state      the process state
 * @param uid        the user the process runs as, -1 when unknown: on Linux the owner of
 *                   {@code /proc/PID} (its effective uid), on FreeBSD and macOS the real uid
 * @param startTime  start time in the platform's own units (Linux: clock ticks since boot;
 *                   FreeBSD and macOS: microseconds since the epoch): with the pid, the identity
 * @param startEpochMillis start time as wall-clock milliseconds since the epoch
 * @param name       the short command name the kernel keeps (Linux {@code comm})
 * @param argv       the argument vector; empty when it could never be read (a kernel thread's,
 *                   another user's where the OS hides it, a process first seen as a zombie);
 *                   a zombie seen alive before keeps the argv it had
 * @param threads    number of threads, 0 when unknown
 * @param rssBytes   resident set size in bytes, 0 when unknown
 * @param cpuNanos   user plus system CPU time consumed, in nanoseconds
 */
public record ProcessInfo(
        int pid,
        int ppid,
        int pgid,
        int sid,
        long tty,
        int tpgid,
        ProcessState state,
        int uid,
        long startTime,
        long startEpochMillis,
        String name,
        List<String> argv,
        int threads,
        long rssBytes,
        long cpuNanos) {

    public ProcessInfo {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(name, "name");
        argv = List.copyOf(argv);
    }

    public ProcessKey key() {
        return new ProcessKey(pid, startTime);
    }

    public boolean isZombie() {
        return state == ProcessState.ZOMBIE;
    }

    public boolean isGroupLeader() {
        return pid == pgid;
    }

    public boolean isSessionLeader() {
        return pid == sid;
    }

    /** The command line joined by spaces, or the bracketed name when argv is unreadable. */
    public String commandLine() {
        return argv.isEmpty() ? "[" + name + "]" : String.join(" ", argv);
    }

    /**
     * A builder for a process with {@code pid}: it leads its own group and session, sleeps, has no
     * terminal, uid 0, start time {@code pid * 10}, name {@code p<pid>} and one thread until told
     * otherwise. For tests and decoders: a new field is one edit here, not one per call site.
     */
    public static Builder builder(int pid) {
        return new Builder(pid);
    }

    /** A copy of this process to change a few fields of. */
    public Builder toBuilder() {
        return new Builder(pid).ppid(ppid).pgid(pgid).sid(sid).tty(tty).tpgid(tpgid).state(state).uid(uid)
                .startTime(startTime).startEpochMillis(startEpochMillis).name(name).argv(argv).threads(threads)
                .rssBytes(rssBytes).cpuNanos(cpuNanos);
    }

    /** Builds a {@link ProcessInfo} field by field. Not thread-safe. */
    public static final class Builder {
        private final int pid;
        private int ppid = 1;
        private int pgid;
        private int sid;
        private long tty;
        private int tpgid = -1;
        private ProcessState state = ProcessState.SLEEPING;
        private int uid;
        private long startTime;
        private long startEpochMillis;
        private String name;
        private List<String> argv = List.of();
        private int threads = 1;
        private long rssBytes;
        private long cpuNanos;

        private Builder(int pid) {
            this.pid = pid;
            this.pgid = pid;
            this.sid = pid;
            this.startTime = pid * 10L;
            this.name = "p" + pid;
        }

        public Builder ppid(int value) {
            ppid = value;
            return this;
        }

        public Builder pgid(int value) {
            pgid = value;
            return this;
        }

        public Builder sid(int value) {
            sid = value;
            return this;
        }

        public Builder tty(long value) {
            tty = value;
            return this;
        }

        public Builder tpgid(int value) {
            tpgid = value;
            return this;
        }

        public Builder state(ProcessState value) {
            state = value;
            return this;
        }

        public Builder uid(int value) {
            uid = value;
            return this;
        }

        public Builder startTime(long value) {
            startTime = value;
            return this;
        }

        public Builder startEpochMillis(long value) {
            startEpochMillis = value;
            return this;
        }

        public Builder name(String value) {
            name = value;
            return this;
        }

        public Builder argv(List<String> value) {
            argv = value;
            return this;
        }

        public Builder threads(int value) {
            threads = value;
            return this;
        }

        public Builder rssBytes(long value) {
            rssBytes = value;
            return this;
        }

        public Builder cpuNanos(long value) {
            cpuNanos = value;
            return this;
        }

        public ProcessInfo build() {
            return new ProcessInfo(pid, ppid, pgid, sid, tty, tpgid, state, uid, startTime, startEpochMillis, name,
                    argv, threads, rssBytes, cpuNanos);
        }
    }
}
