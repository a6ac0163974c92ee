package dev.progeny.app.gui.diagnose;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Snapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * When the window first saw each zombie, so a zombie's age is known even where the OS does not
 * date its exit (FreeBSD, macOS, Linux without CONFIG_SCHED_DEBUG). Zombies gone from a
 * snapshot are forgotten. Not thread-safe: one background task at a time updates it.
 */
final class ZombieClock {
    private final Map<ProcessKey, Instant> firstSeen = new HashMap<>();

    void observe(Snapshot snapshot) {
        Map<ProcessKey, Instant> still = new HashMap<>();
        for (ProcessInfo z : snapshot.zombies()) {
            still.put(z.key(), firstSeen.getOrDefault(z.key(), snapshot.takenAt()));
        }
        firstSeen.clear();
        firstSeen.putAll(still);
    }

    /** How long {@code key} has been a zombie as of {@code now}, or empty when it is none. */
    Optional<Duration> age(ProcessKey key, Instant now) {
        Instant seen = firstSeen.get(key);
        return seen == null ? Optional.empty() : Optional.of(Duration.between(seen, now));
    }
}
