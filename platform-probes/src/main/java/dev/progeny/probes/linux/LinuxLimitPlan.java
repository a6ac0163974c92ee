package dev.progeny.probes.linux;

import dev.progeny.probes.limits.AppliedLimits;
import dev.progeny.probes.limits.LaunchLimits;
import dev.progeny.probes.limits.LimitEvent;
import dev.progeny.probes.posix.ExecWrapper.PreExec;
import dev.progeny.probes.posix.LimitPlan;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One Linux launch's limits as {@link LinuxLimitPlanner} planned them: the cgroups written, the
 * steps that enter its v1 cgroups and set its rlimits, and, once it runs, its
 * {@link LinuxLaunchLimits}. Released with the launch: what bit is read a last time and the
 * janitor removes its v1 cgroups. Linux. Thread-safe.
 */
final class LinuxLimitPlan implements LimitPlan {
    private final LimitCgroups cgroups;
    private final AppliedLimits atLaunch;
    private final List<PreExec> steps;
    private volatile LinuxLaunchLimits running;

    LinuxLimitPlan(LimitCgroups cgroups, AppliedLimits atLaunch, List<PreExec> steps) {
        this.cgroups = cgroups;
        this.atLaunch = atLaunch;
        this.steps = List.copyOf(steps);
    }

    @Override
    public List<PreExec> steps() {
        return steps;
    }

    @Override
    public LaunchLimits limits(Supplier<Optional<LimitEvent.Victim>> rootKilled) {
        running = new LinuxLaunchLimits(cgroups, atLaunch, rootKilled);
        return running;
    }

    @Override
    public void release(boolean now) {
        LinuxLaunchLimits limits = running;
        if (now) {
            cgroups.v1Directories().forEach(CgroupJanitor::removeNow);
            return;
        }
        if (limits != null) {
            // So that what bit is kept after the cgroups are gone.
            limits.poll();
        }
        cgroups.v1Directories().forEach(CgroupJanitor::removeWhenEmpty);
    }
}
