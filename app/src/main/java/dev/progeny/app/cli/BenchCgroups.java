package dev.progeny.app.cli;

import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.limits.Hold;
import dev.progeny.probes.limits.LimitKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code bench limits} reads from (and, for its busy loop, writes to) the cgroups that hold a
 * launch's limits: the kernel's own counts, the oracle the figures come from. Linux (v1 and v2
 * files of the same name). Stateless and thread-safe.
 */
final class BenchCgroups {
    private BenchCgroups() {
    }

    /** The cgroup that holds {@code kind} of the launch's limits, if a cgroup does. */
    static Optional<Path> of(Launch launch, LimitKind kind) {
        return switch (launch.limits().applied().holds().get(kind)) {
            case Hold.CgroupV1 v1 -> Optional.of(v1.cgroup());
            case Hold.CgroupV2 v2 -> Optional.of(v2.cgroup());
            case null, default -> Optional.empty();
        };
    }

    /** The kernel's count of the cgroup's tasks, zombies included: never below its processes. */
    static long pidsCurrent(Path cgroup) throws IOException {
        return Long.parseLong(Files.readString(cgroup.resolve("pids.current")).trim());
    }

    /** {@code cpu.stat} of the CPU cgroup (v1 and v2 both count {@code nr_periods} and {@code nr_throttled}). */
    static Map<String, Long> cpuStat(Optional<Path> cgroup) throws IOException {
        Map<String, Long> out = new HashMap<>();
        if (cgroup.isPresent()) {
            for (String line : Files.readAllLines(cgroup.get().resolve("cpu.stat"))) {
                String[] kv = line.split(" ");
                if (kv.length == 2 && kv[1].matches("\\d+")) {
                    out.put(kv[0], Long.parseLong(kv[1]));
                }
            }
        }
        return out;
    }

    static long delta(Map<String, Long> before, Map<String, Long> after, String key) {
        return after.getOrDefault(key, 0L) - before.getOrDefault(key, 0L);
    }

    /**
     * Gives the busy loop's cgroup the largest CPU weight, so that on a machine busy with other
     * work the loop still gets what its quota allows: the bench measures the quota, not the load.
     */
    static String favour(Optional<Path> cgroup) {
        for (String[] knob : List.of(new String[] {"cpu.shares", "262144"}, new String[] {"cpu.weight", "10000"})) {
            Path file = cgroup.map(c -> c.resolve(knob[0])).orElse(null);
            if (file != null && Files.exists(file)) {
                try {
                    Files.writeString(file, knob[1]);
                    return "weight=" + knob[0] + ":" + knob[1];
                } catch (IOException e) {
                    return "weight=unchanged(" + e.getMessage() + ")";
                }
            }
        }
        return "weight=unchanged";
    }
}
