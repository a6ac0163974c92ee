package dev.progeny.probes.macos;

import dev.progeny.probes.limits.AppliedLimits;
import dev.progeny.probes.limits.Hold;
import dev.progeny.probes.limits.LimitKind;
import dev.progeny.probes.limits.Limits;
import dev.progeny.probes.posix.LimitPlan;
import dev.progeny.probes.posix.RlimitPlan;
import java.util.EnumMap;
import java.util.Map;

/**
 * macOS limits: only setrlimit, applied by the wrapper shell before exec. RLIMIT_CPU holds CPU
 * time; memory is not held, because macOS defines RLIMIT_AS as RLIMIT_RSS and does not enforce
 * it (sys/resource.h; looked up, not verified on a Mac); macOS has no CPU share or per-launch
 * process count for an unprivileged program. macOS. Stateless and thread-safe.
 */
public final class MacOsLimitPlanner {
    private static final String NO_CONTROL = "macOS has no per-launch resource control";

    private MacOsLimitPlanner() {
    }

    /** What holds {@code limits} and the steps that set them in the child. */
    public static LimitPlan plan(Limits limits) {
        Map<LimitKind, String> fallback = new EnumMap<>(LimitKind.class);
        limits.values().keySet().forEach(kind -> fallback.put(kind, NO_CONTROL));
        RlimitPlan.Result rlimits = RlimitPlan.plan(limits.without(LimitKind.MEMORY), fallback, "address space");
        Map<LimitKind, Hold> holds = new EnumMap<>(LimitKind.class);
        holds.putAll(rlimits.holds());
        limits.get(LimitKind.MEMORY).ifPresent(m -> holds.put(LimitKind.MEMORY, new Hold.NotHeld(NO_CONTROL
                + "; RLIMIT_AS is RLIMIT_RSS on macOS, which the kernel does not enforce")));
        return LimitPlan.setAtLaunch(new AppliedLimits(limits, holds), rlimits.steps());
    }
}
