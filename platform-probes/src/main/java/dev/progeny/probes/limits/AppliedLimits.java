package dev.progeny.probes.limits;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The limits asked for a launch and where each one is held (or why it is not). Any OS. Immutable.
 *
 * @param asked the limits asked for
 * @param holds for each kind asked, where it is held
 */
public record AppliedLimits(Limits asked, Map<LimitKind, Hold> holds) {

    public static final AppliedLimits NONE = new AppliedLimits(Limits.NONE, Map.of());

    public AppliedLimits {
        EnumMap<LimitKind, Hold> copy = new EnumMap<>(LimitKind.class);
        copy.putAll(holds);
        if (!copy.keySet().equals(asked.values().keySet())) {
            throw new IllegalArgumentException("holds " + copy.keySet() + " do not match the limits asked " + asked);
        }
        holds = Collections.unmodifiableMap(copy);
    }

    /** Only the limits that something holds. */
    public Limits inForce() {
        Limits out = Limits.NONE;
        for (Map.Entry<LimitKind, Hold> e : holds.entrySet()) {
            if (e.getValue().held()) {
                out = out.with(e.getKey(), asked.values().get(e.getKey()));
            }
        }
        return out;
    }

    /** One line per limit: "memory 64M: cgroup v1 memory.limit_in_bytes in …". */
    public List<String> lines() {
        return holds.entrySet().stream()
                .map(e -> e.getKey().describe(asked.values().get(e.getKey())) + ": " + e.getValue().describe())
                .toList();
    }
}
