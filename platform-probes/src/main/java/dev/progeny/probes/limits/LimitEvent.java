package dev.progeny.probes.limits;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A limit of a launch that bit, as read from the kernel's counters (cgroup {@code memory.events},
 * {@code pids.events}; v1 {@code memory.oom_control}, {@code memory.failcnt}). Any OS. Immutable.
 */
public sealed interface LimitEvent {

    /** What the user reads, e.g. "fork refused 37 times: process limit 200". */
    String message();

    /** A process the OOM killer ended. */
    record Victim(int pid, String name) {
    }

    /**
     * The OOM killer ended {@code kills} processes of the launch since the last reading.
     *
     * @param victims those of them known by pid (the kernel log when readable, the launched
     *                process's own wait status otherwise); may be fewer than {@code kills}
     */
    record OomKilled(long limitBytes, long kills, List<Victim> victims) implements LimitEvent {
        public OomKilled {
            victims = List.copyOf(victims);
        }

        @Override
        public String message() {
            String who = victims.isEmpty() ? kills + (kills == 1 ? " process" : " processes")
                    : victims.stream().map(v -> v.pid() + " " + v.name()).collect(Collectors.joining(", "));
            return "memory limit " + LimitKind.MEMORY.format(limitBytes) + " reached: " + who + " killed by the OOM killer";
        }
    }

    /** The launch hit its memory limit {@code times} times so far, and memory was reclaimed (nothing killed). */
    record MemoryFull(long limitBytes, long times) implements LimitEvent {
        @Override
        public String message() {
            return "memory limit " + LimitKind.MEMORY.format(limitBytes) + " reached " + times
                    + (times == 1 ? " time" : " times") + " (memory reclaimed, nothing killed)";
        }
    }

    /** {@code fork()} was refused {@code times} times so far because of the process limit. */
    record ForkRefused(long limit, long times) implements LimitEvent {
        @Override
        public String message() {
            return "fork refused " + times + (times == 1 ? " time" : " times") + ": process limit " + limit;
        }
    }
}
