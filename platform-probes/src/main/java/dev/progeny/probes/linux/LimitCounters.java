package dev.progeny.probes.linux;

import dev.progeny.probes.limits.LimitEvent;
import dev.progeny.probes.limits.LimitKind;
import dev.progeny.probes.limits.Limits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads whether a launch's limits bit: the OOM kills and limit hits of its memory cgroup (v2
 * {@code memory.events} {@code oom_kill} and {@code max}; v1 {@code memory.oom_control}
 * {@code oom_kill} and {@code memory.failcnt}) and the refused forks of its pids cgroup
 * ({@code pids.events} {@code max}, v1 and v2), and turns what rose since the last reading into
 * events. Victims are named from the kernel log when it is readable, else the launched process is
 * named when it was SIGKILLed. Linux. Not thread-safe (its owner locks).
 */
final class LimitCounters {
    private final LimitCgroups cgroups;
    private final Supplier<Optional<LimitEvent.Victim>> rootKilled;
    private final Set<Integer> named = new HashSet<>();
    private long oomKills;
    private long memoryFull;
    private long forkRefused;

    LimitCounters(LimitCgroups cgroups, Supplier<Optional<LimitEvent.Victim>> rootKilled) {
        this.cgroups = cgroups;
        this.rootKilled = rootKilled;
    }

    List<LimitEvent> poll(Limits inForce) {
        List<LimitEvent> out = new ArrayList<>();
        cgroups.of("memory").ifPresent(dir -> {
            boolean v2 = cgroups.unified().contains("memory");
            Map<String, Long> first = CgroupKnobs.readFlatKeyed(dir.resolve(v2 ? "memory.events" : "memory.oom_control"));
            long kills = first.getOrDefault("oom_kill", oomKills);
            long full = v2 ? first.getOrDefault("max", memoryFull)
                    : CgroupKnobs.readFlatKeyed(dir.resolve("memory.failcnt")).getOrDefault("", memoryFull);
            inForce.get(LimitKind.MEMORY).ifPresent(limit -> {
                if (kills > oomKills) {
                    out.add(new LimitEvent.OomKilled(limit, kills - oomKills, victims(dir, kills - oomKills)));
                } else if (full > memoryFull) {
                    out.add(new LimitEvent.MemoryFull(limit, full));
                }
            });
            oomKills = Math.max(oomKills, kills);
            memoryFull = Math.max(memoryFull, full);
        });
        cgroups.of("pids").ifPresent(dir -> {
            long refused = CgroupKnobs.readFlatKeyed(dir.resolve("pids.events")).getOrDefault("max", forkRefused);
            if (refused > forkRefused) {
                inForce.get(LimitKind.PROCESSES).ifPresent(limit -> out.add(new LimitEvent.ForkRefused(limit, refused)));
                forkRefused = refused;
            }
        });
        return out;
    }

    /** The processes killed in {@code dir}, not named before, at most {@code count}. */
    private List<LimitEvent.Victim> victims(Path dir, long count) {
        String path = cgroups.kernelPaths().get(dir);
        List<LimitEvent.Victim> out = new ArrayList<>();
        if (path != null) {
            OomKillLog.read().stream().filter(k -> k.within(path)).map(OomKillLog.Kill::victim)
                    .filter(v -> named.add(v.pid())).forEach(out::add);
        }
        if (out.isEmpty()) {
            rootKilled.get().filter(v -> named.add(v.pid())).ifPresent(out::add);
        }
        return out.size() > count ? out.subList(out.size() - (int) count, out.size()) : out;
    }
}
