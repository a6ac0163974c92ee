package dev.progeny.probes.macos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.limits.AppliedLimits;
import dev.progeny.probes.limits.LimitKind;
import dev.progeny.probes.limits.Limits;
import dev.progeny.probes.posix.ExecWrapper.PreExec;
import dev.progeny.probes.posix.LimitPlan;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** macOS holds CPU time with setrlimit and says why nothing holds the rest. */
class MacOsLimitPlannerTest {

    @Test
    void onlyCpuTimeIsHeld() {
        LimitPlan plan = MacOsLimitPlanner.plan(Limits.NONE.with(LimitKind.MEMORY, 512L << 20)
                .with(LimitKind.PROCESSES, 50).with(LimitKind.CPU_TIME, 90));
        assertThat(plan.steps()).containsExactly(PreExec.checked("ulimit -t \"$1\"", "90"));
        AppliedLimits applied = plan.limits(Optional::empty).applied();
        assertThat(applied.inForce().describe()).isEqualTo("cpu time 90s per process");
        assertThat(applied.holds().get(LimitKind.MEMORY).describe()).isEqualTo("not enforced: macOS has no"
                + " per-launch resource control; RLIMIT_AS is RLIMIT_RSS on macOS, which the kernel does not enforce");
        assertThat(applied.holds().get(LimitKind.PROCESSES).held()).isFalse();
    }
}
