package dev.progeny.probes.macos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.limits.LimitKind;
import dev.progeny.probes.limits.Limits;
import org.junit.jupiter.api.Test;

/** macOS holds CPU time with setrlimit and says why nothing holds the rest. */
class MacOsLimitPlannerTest {

    @Test
    void onlyCpuTimeIsHeld() {
        MacOsLimitPlanner.Plan plan = MacOsLimitPlanner.plan(Limits.NONE.with(LimitKind.MEMORY, 512L << 20)
                .with(LimitKind.PROCESSES, 50).with(LimitKind.CPU_TIME, 90));
        assertThat(plan.step().commands()).containsExactly("ulimit -t 90");
        assertThat(plan.applied().inForce().describe()).isEqualTo("cpu time 90s per process");
        assertThat(plan.applied().holds().get(LimitKind.MEMORY).describe()).isEqualTo("not enforced: macOS has no"
                + " per-launch resource control; RLIMIT_AS is RLIMIT_RSS on macOS, which the kernel does not enforce");
        assertThat(plan.applied().holds().get(LimitKind.PROCESSES).held()).isFalse();
    }
}
