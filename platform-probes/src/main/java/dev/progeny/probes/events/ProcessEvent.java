package dev.progeny.probes.events;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.launch.ExitStatus;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One fact about a process's life, as an event source saw it. Every OS; immutable.
 *
 * <p>{@code nanos} is on the clock of {@link System#nanoTime()} (on Linux CLOCK_MONOTONIC, the
 * clock the proc connector stamps its events with), so events from every source order together.
 * Exact sources (proc connector, ptrace, kqueue) report fork, exec and exit; polling reports only
 * what two readings differ in ({@link Appeared}, {@link Vanished}), marked inexact.
 */
public sealed interface ProcessEvent {

    long nanos();

    int pid();

    /** Whether the source saw this happen (true), or inferred it by comparing readings (false). */
    boolean exact();

    /**
     * {@code parentPid} forked {@code pid}. {@code startTime} is the child's start time in the
     * platform's units ({@link ProcessInfo#startTime()}), -1 when the child was gone before it
     * could be read.
     */
    record Fork(long nanos, int pid, int parentPid, long startTime) implements ProcessEvent {
        @Override
        public boolean exact() {
            return true;
        }
    }

    /** {@code pid} exec'd a new program: {@code argv} (empty when it was gone before it could be read) and kernel name {@code comm}. */
    record Exec(long nanos, int pid, List<String> argv, String comm) implements ProcessEvent {
        public Exec {
            argv = List.copyOf(argv);
            Objects.requireNonNull(comm, "comm");
        }

        @Override
        public boolean exact() {
            return true;
        }
    }

    /** {@code pid} ended; {@code status} when the source tells it, {@code cpuNanos} -1 when it does not. */
    record Exit(long nanos, int pid, Optional<ExitStatus> status, long cpuNanos) implements ProcessEvent {
        @Override
        public boolean exact() {
            return true;
        }
    }

    /** Polling: a process that the previous reading did not have. */
    record Appeared(long nanos, ProcessInfo process) implements ProcessEvent {
        @Override
        public int pid() {
            return process.pid();
        }

        @Override
        public boolean exact() {
            return false;
        }
    }

    /** Polling: a process of the previous reading that this one no longer has. */
    record Vanished(long nanos, ProcessKey key) implements ProcessEvent {
        @Override
        public int pid() {
            return key.pid();
        }

        @Override
        public boolean exact() {
            return false;
        }
    }

    /**
     * The source lost events ({@code count} of them, -1 when unknown; e.g. the proc connector's
     * ENOBUFS or a gap in its sequence numbers): what follows is a resynchronisation from a reading.
     * {@code pid} is 0.
     */
    record Lost(long nanos, long count, String why) implements ProcessEvent {
        @Override
        public int pid() {
            return 0;
        }

        @Override
        public boolean exact() {
            return false;
        }
    }
}
