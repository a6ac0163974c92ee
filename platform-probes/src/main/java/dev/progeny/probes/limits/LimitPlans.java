package dev.progeny.probes.limits;

import java.util.EnumMap;
import java.util.Map;

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
}
