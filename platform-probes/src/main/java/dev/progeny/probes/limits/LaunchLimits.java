package dev.progeny.probes.limits;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The limits of one running launch: where they are held, changing them, and reading whether they
 * bit. Implementations are thread-safe.
 */
public interface LaunchLimits {

    /** Limits of a launch that nothing holds, for {@code reason}; they cannot be changed either. */
    static LaunchLimits notHeld(Limits asked, String reason) {
        return fixed(LimitPlans.notHeld(asked, reason), wanted -> LimitPlans.notHeld(wanted, reason));
    }

    /**
     * Limits set in each process at launch that cannot change while it runs (setrlimit, an rctl
     * rule on the process); nothing is read for whether they bit.
     */
    static LaunchLimits setAtLaunch(AppliedLimits atLaunch) {
        return fixed(atLaunch, wanted -> {
            Map<LimitKind, Hold> holds = new EnumMap<>(LimitKind.class);
            for (LimitKind kind : LimitKind.values()) {
                LimitPlans.keptFromLaunch(atLaunch, kind, wanted.get(kind)).ifPresent(h -> holds.put(kind, h));
            }
            return new AppliedLimits(wanted, holds);
        });
    }

    /** Limits that stay {@code applied}, whose change only says where {@code wanted} would be held. */
    private static LaunchLimits fixed(AppliedLimits applied, Function<Limits, AppliedLimits> change) {
        return new LaunchLimits() {
            @Override
            public AppliedLimits applied() {
                return applied;
            }

            @Override
            public AppliedLimits change(Limits wanted) {
                return change.apply(wanted);
            }

            @Override
            public List<LimitEvent> poll() {
                return List.of();
            }

            @Override
            public List<LimitEvent> bitten() {
                return List.of();
            }
        };
    }

    /** The limits asked and where each one is held now. */
    AppliedLimits applied();

    /**
     * Sets the launch's limits to {@code wanted} where they can be changed while it runs (a
     * cgroup's files), removing the kinds absent from it; what could not be changed says why.
     * Blocking file I/O.
     */
    AppliedLimits change(Limits wanted);

    /** What bit since the previous call (blocking reads of a few small files; call it off the FX thread). */
    List<LimitEvent> poll();

    /**
     * The newest event of each kind that {@link #poll()} has found so far (what a launch is marked
     * with); empty while no limit has bitten. Does no I/O.
     */
    List<LimitEvent> bitten();
}
