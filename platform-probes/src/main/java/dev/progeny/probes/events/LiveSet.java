package dev.progeny.probes.events;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Snapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The processes a source believes alive, and the one comparison of that belief with a reading of
 * the process table: what the reading has that the belief lacks {@link ProcessEvent.Appeared},
 * what the belief has that the reading lacks (or shows as a zombie: it has exited)
 * {@link ProcessEvent.Vanished}. Polling compares each reading with the last; an exact source
 * keeps the belief up to date with its forks and exits and compares only after a loss. This is
 * the only place in Progeny that compares readings for births and exits. Every OS; not
 * thread-safe (one per source).
 */
public final class LiveSet {
    private static final Comparator<ProcessInfo> BY_START =
            Comparator.comparingLong(ProcessInfo::startTime).thenComparingInt(ProcessInfo::pid);

    private Map<Integer, Long> live = new HashMap<>();
    /** Zombies already reported vanished, so that the next reading does not report them again. */
    private Map<Integer, Long> zombies = new HashMap<>();

    /** Brings the belief in line with {@code reading}, taken at {@code nanos}; returns the differences, births in start order. */
    public List<ProcessEvent> sync(Snapshot reading, long nanos) {
        Map<Integer, Long> next = HashMap.newHashMap(reading.size());
        Map<Integer, Long> nextZombies = new HashMap<>();
        List<ProcessInfo> appeared = new ArrayList<>();
        List<ProcessEvent> out = new ArrayList<>();
        for (ProcessInfo p : reading.processes()) {
            boolean alive = isStart(live.get(p.pid()), p);
            boolean reported = isStart(zombies.get(p.pid()), p);
            if (!alive && !reported) {
                appeared.add(p);
            }
            if (!p.isZombie()) {
                next.put(p.pid(), p.startTime());
                continue;
            }
            nextZombies.put(p.pid(), p.startTime());
            if (alive) {
                out.add(new ProcessEvent.Vanished(nanos, p.key()));
            }
        }
        live.forEach((pid, start) -> {
            ProcessInfo now = reading.process(pid).orElse(null);
            if (now == null || now.startTime() != start) {
                out.add(new ProcessEvent.Vanished(nanos, new ProcessKey(pid, start)));
            }
        });
        appeared.sort(BY_START);
        for (ProcessInfo p : appeared) {
            out.add(new ProcessEvent.Appeared(nanos, p));
            if (p.isZombie()) {
                out.add(new ProcessEvent.Vanished(nanos, p.key()));
            }
        }
        live = next;
        zombies = nextZombies;
        return out;
    }

    private static boolean isStart(Long start, ProcessInfo p) {
        return start != null && start == p.startTime();
    }

    /** An exact source saw {@code pid} (started at {@code startTime}) forked. */
    public void forked(int pid, long startTime) {
        live.put(pid, startTime);
    }

    /** An exact source saw {@code pid} exit. */
    public void exited(int pid) {
        live.remove(pid);
    }

    /** The start time believed for {@code pid}, or -1 when it is not believed alive. */
    public long startTime(int pid) {
        return live.getOrDefault(pid, -1L);
    }

    public int size() {
        return live.size();
    }
}
