package dev.progeny.probes.terminate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessState;
import dev.progeny.probes.Signal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurvivorReasonsTest {

    @Test
    void anotherUsersProcessIsExplainedByThePermissionTheKernelRefused() {
        ProcessInfo p = process(ProcessState.SLEEPING, 1001);
        Delivery denied = new Delivery(p.key(), Delivery.Scope.PROCESS, Signal.KILL, Instant.now(),
                Delivery.Outcome.DENIED, "operation not permitted (EPERM)");
        assertThat(SurvivorReasons.explain(p, List.of(denied), Signal.KILL))
                .contains("not permitted").contains("uid 1001").contains("EPERM");
    }

    @Test
    void aRefusalIsQuoted() {
        ProcessInfo p = process(ProcessState.SLEEPING, 0);
        Delivery refused = new Delivery(p.key(), Delivery.Scope.PROCESS, Signal.TERM, Instant.now(),
                Delivery.Outcome.REFUSED, "refusing to signal pid 4242: it is Progeny itself");
        assertThat(SurvivorReasons.explain(p, List.of(refused), Signal.KILL)).contains("SIGTERM refused").contains("Progeny itself");
    }

    @Test
    void uninterruptibleSleepStoppedAndTracedAreNamed() {
        assertThat(SurvivorReasons.explain(process(ProcessState.DISK_SLEEP, 0), List.of(), Signal.KILL))
                .contains("uninterruptible sleep");
        assertThat(SurvivorReasons.explain(process(ProcessState.STOPPED, 0), List.of(), Signal.TERM))
                .contains("stopped").contains("SIGTERM is pending");
        assertThat(SurvivorReasons.explain(process(ProcessState.TRACED, 0), List.of(), Signal.KILL)).contains("tracer");
        assertThat(SurvivorReasons.explain(process(ProcessState.RUNNING, 0), List.of(), Signal.KILL))
                .isEqualTo("still running after SIGKILL");
    }

    private static ProcessInfo process(ProcessState state, int uid) {
        return ProcessInfo.builder(4242).state(state).uid(uid).startTime(77).name("victim").build();
    }
}
