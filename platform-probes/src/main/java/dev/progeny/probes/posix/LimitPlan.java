package dev.progeny.probes.posix;

import dev.progeny.probes.limits.AppliedLimits;
import dev.progeny.probes.limits.LaunchLimits;
import dev.progeny.probes.limits.LimitEvent;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A launch's limits as planned before its spawn by its OS's {@link LaunchBinding.Containing}: the
 * steps its child runs before exec (more cgroups, setrlimit, rctl rules, a systemd scope), what
 * holds each limit once it runs, and what is undone when it closes. Any POSIX OS. Thread-safe.
 */
public interface LimitPlan {

    /** Steps for the {@link ExecWrapper}, in order; none when nothing is set in the child. */
    List<ExecWrapper.PreExec> steps();

    /**
     * The limits of the launch once it runs; called once, after the spawn.
     *
     * @param rootKilled the launch's root, once SIGKILL ended it (the OOM killer's signal)
     */
    LaunchLimits limits(Supplier<Optional<LimitEvent.Victim>> rootKilled);

    /** Undoes what the plan made: at once when the spawn failed, else once it is empty (the launch closed). */
    default void release(boolean now) {
    }

    /** Limits set in the child before exec that stay as they were (setrlimit, rctl rules on the process). */
    static LimitPlan setAtLaunch(AppliedLimits applied, List<ExecWrapper.PreExec> steps) {
        List<ExecWrapper.PreExec> copy = List.copyOf(steps);
        LaunchLimits limits = LaunchLimits.setAtLaunch(applied);
        return new LimitPlan() {
            @Override
            public List<ExecWrapper.PreExec> steps() {
                return copy;
            }

            @Override
            public LaunchLimits limits(Supplier<Optional<LimitEvent.Victim>> rootKilled) {
                return limits;
            }
        };
    }
}
