package dev.progeny.probes.freebsd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.limits.LimitKind;
import dev.progeny.probes.limits.Limits;
import dev.progeny.probes.posix.ExecWrapper.PreExec;
import dev.progeny.probes.posix.LimitPlan;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * FreeBSD's choice between rctl rules and setrlimit, and the rule strings, over the stand-in libc
 * (racct on or off, root or not): never run on a FreeBSD kernel.
 */
class FreeBsdLimitPlannerTest {
    private static final Limits LIMITS = Limits.NONE.with(LimitKind.MEMORY, 1L << 30).with(LimitKind.CPU, 150)
            .with(LimitKind.PROCESSES, 200).with(LimitKind.CPU_TIME, 600);
    private static final String RCTL = "/usr/bin/rctl -a \"process:$$:$1\"";
    private final FakeFreeBsdLibc libc = new FakeFreeBsdLibc();

    @Test
    void asRootWithRacctTheWrapperAddsRctlRulesOnItself() {
        LimitPlan plan = new FreeBsdLimitPlanner(libc).plan(LIMITS);
        assertThat(plan.steps()).containsExactly(PreExec.checked(RCTL, "memoryuse:deny=1g"),
                PreExec.checked(RCTL, "pcpu:deny=150"), PreExec.checked("ulimit -t \"$1\"", "600"));
        assertThat(plan.limits(Optional::empty).applied().lines()).containsExactly(
                "memory 1G: rctl rule process:PID:memoryuse:deny=1g (for each process on its own)",
                "200 processes: not enforced: rctl counts processes per user, login class or jail, not per launch;"
                        + " RLIMIT_NPROC counts all of the user's processes, not this launch's",
                "cpu 150 % (1.5 cores): rctl rule process:PID:pcpu:deny=150 (for each process on its own)",
                "cpu time 10m per process: setrlimit RLIMIT_CPU (CPU time, for each process on its own)");
    }

    @Test
    void withoutRacctOrRootSetrlimitHoldsWhatItCanAndSaysWhy() {
        libc.racctEnable = 0;
        assertThat(new FreeBsdLimitPlanner(libc).plan(LIMITS).limits(Optional::empty).applied().lines().getFirst()).isEqualTo(
                "memory 1G: setrlimit RLIMIT_AS (address space, for each process on its own;"
                        + " no rctl: racct is off (set kern.racct.enable=1 in /boot/loader.conf and reboot))");
        libc.racctEnable = null;
        assertThat(new FreeBsdLimitPlanner(libc).whyNoRctl()).contains("no rctl: this kernel has no racct (no kern.racct.enable)");
        libc.racctEnable = 1;
        libc.euid = 1001;
        LimitPlan plan = new FreeBsdLimitPlanner(libc).plan(LIMITS);
        assertThat(plan.steps()).containsExactly(PreExec.checked("ulimit -v \"$1\"", "1048576"),
                PreExec.checked("ulimit -t \"$1\"", "600"));
        assertThat(plan.limits(Optional::empty).applied().holds().get(LimitKind.CPU).describe()).isEqualTo("not enforced: no rctl: adding rules"
                + " needs root (euid 1001); setrlimit has no CPU share (RLIMIT_CPU bounds CPU time: --cpu-time)");
    }
}
