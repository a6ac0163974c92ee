package dev.progeny.probes.limits;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** Small helpers the per-OS planners share. Stateless and thread-safe. */
public final class LimitPlans {
    private LimitPlans() {
    }

    /** Every limit in {@code limits} not held, for {@code reason}. */
    public static AppliedLimits notHeld(Limits limits, String reason) {
        Map<LimitKind, Hold> holds = new EnumMap<>(LimitKind.class);
        limits.values().keySet().forEach(kind -> holds.put(kind, new Hold.NotHeld(reason)));
        return new AppliedLimits(limits, holds);
    }

    /**
     * Where a limit set in each process at launch (setrlimit, an rctl rule on the process) is held
     * once {@code wanted} is asked of the running launch: the same value keeps its hold, another
     * cannot be set; empty when the limit is neither asked now nor was at launch.
     */
    public static Optional<Hold> keptFromLaunch(AppliedLimits applied, LimitKind kind, OptionalLong wanted) {
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        Hold before = applied.holds().get(kind);
        return Optional.of(before != null && wanted.equals(applied.asked().get(kind)) ? before
                : new Hold.NotHeld("limits set in each process at launch stay as they were"));
    }
}
