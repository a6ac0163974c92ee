package dev.progeny.probes.linux;

import dev.progeny.probes.limits.LimitKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Which cgroup files hold each limit, and what to write to them: a pure table for cgroup v2
 * (cgroup-v2.rst: {@code memory.max}, {@code memory.swap.max}, {@code pids.max}, {@code cpu.max}
 * as "$MAX $PERIOD") and v1 ({@code memory.limit_in_bytes}, {@code memory.memsw.limit_in_bytes},
 * {@code pids.max}, {@code cpu.cfs_quota_us} and {@code cpu.cfs_period_us}; -1 is "no limit").
 * A memory limit also allows no swap beyond it, so a launch over it is stopped, not swapped out.
 * Linux. Stateless and thread-safe.
 */
final class CgroupLimitFiles {
    /** The CPU period: 100 ms, the kernel's default; 1 % of a core is then the smallest quota, 1 ms. */
    static final long PERIOD_US = 100_000;

    private CgroupLimitFiles() {
    }

    /** One file and the value to write to it. */
    record Knob(String file, String value) {
    }

    /** The controller that holds {@code kind}; CPU time has none (only setrlimit has it). */
    static Optional<String> controller(LimitKind kind) {
        return switch (kind) {
            case MEMORY -> Optional.of("memory");
            case PROCESSES -> Optional.of("pids");
            case CPU -> Optional.of("cpu");
            case CPU_TIME -> Optional.empty();
        };
    }

    /** The file the user is told holds {@code kind}. */
    static String mainFile(LimitKind kind, boolean unified) {
        return switch (kind) {
            case MEMORY -> unified ? "memory.max" : "memory.limit_in_bytes";
            case PROCESSES -> "pids.max";
            case CPU -> unified ? "cpu.max" : "cpu.cfs_quota_us";
            case CPU_TIME -> throw new IllegalArgumentException("no cgroup holds CPU time");
        };
    }

    /**
     * The writes that set {@code kind} to {@code value} (empty: no limit). Files not in
     * {@code present} (swap accounting switched off, say) are left out. On v1 the memory+swap
     * limit may never be below the memory limit, so the writer retries a refused write once after
     * the others.
     */
    static List<Knob> knobs(LimitKind kind, OptionalLong value, boolean unified, Set<String> present) {
        List<Knob> out = new ArrayList<>();
        String none = unified ? "max" : "-1";
        String v = value.isPresent() ? Long.toString(value.getAsLong()) : none;
        switch (kind) {
            case MEMORY -> {
                out.add(new Knob(mainFile(kind, unified), v));
                String swap = unified ? "memory.swap.max" : "memory.memsw.limit_in_bytes";
                if (present.contains(swap)) {
                    out.add(new Knob(swap, unified && value.isPresent() ? "0" : v));
                }
            }
            case PROCESSES -> out.add(new Knob("pids.max", v));
            case CPU -> {
                String quota = value.isPresent() ? Long.toString(value.getAsLong() * PERIOD_US / 100) : none;
                if (unified) {
                    out.add(new Knob("cpu.max", quota + " " + PERIOD_US));
                } else {
                    out.add(new Knob("cpu.cfs_period_us", Long.toString(PERIOD_US)));
                    out.add(new Knob("cpu.cfs_quota_us", quota));
                }
            }
            case CPU_TIME -> throw new IllegalArgumentException("no cgroup holds CPU time");
        }
        return out;
    }

    /** Files with the counters of {@code kind} (v2: hierarchical {@code *.events}). */
    static List<String> counterFiles(LimitKind kind, boolean unified) {
        return switch (kind) {
            case MEMORY -> unified ? List.of("memory.events") : List.of("memory.oom_control", "memory.failcnt");
            case PROCESSES -> List.of("pids.events");
            case CPU, CPU_TIME -> List.of();
        };
    }
}
