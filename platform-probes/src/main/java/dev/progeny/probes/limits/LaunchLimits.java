package dev.progeny.probes.limits;

import java.util.List;

/**
 * The limits of one running launch: where they are held, changing them, and reading whether they
 * bit. Implementations are thread-safe.
 */
public interface LaunchLimits {

    /** Limits of a launch that nothing holds, for {@code reason}; they cannot be changed either. */
    static LaunchLimits notHeld(Limits asked, String reason) {
        AppliedLimits applied = LimitPlans.notHeld(asked, reason);
        return new LaunchLimits() {
            @Override
            public AppliedLimits applied() {
                return applied;
            }

            @Override
            public AppliedLimits change(Limits wanted) {
                return LimitPlans.notHeld(wanted, reason);
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
