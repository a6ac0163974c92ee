package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.limits.LimitEvent;
import org.junit.jupiter.api.Test;

/** The kernel's one-line OOM kill summary, as captured from {@code /dev/kmsg} on this machine. */
class OomKillLogTest {
    private static final String RECORD = "6,1523,726831713,-;oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),"
            + "cpuset=/,mems_allowed=0,oom_memcg=/process_api/3fdd/progeny-77-1,task_memcg=/process_api/3fdd/progeny-77-1,"
            + "task=python3,pid=15539,uid=0\n";

    @Test
    void readsWhoWasKilledAndWhere() {
        OomKillLog.Kill kill = OomKillLog.parse(RECORD).orElseThrow();
        assertThat(kill.victim()).isEqualTo(new LimitEvent.Victim(15539, "python3"));
        assertThat(kill.within("/process_api/3fdd/progeny-77-1")).isTrue();
        assertThat(kill.within("/process_api/3fdd")).as("a cgroup above it").isTrue();
        assertThat(kill.within("/process_api/3fdd/progeny-77-10")).as("a sibling with a longer name").isFalse();
    }

    @Test
    void aNameWithCommasAndOtherLinesAreHandled() {
        assertThat(OomKillLog.parse(RECORD.replace("task=python3", "task=a,b c")).orElseThrow().victim().name()).isEqualTo("a,b c");
        assertThat(OomKillLog.parse("6,1524,726831727,-;Memory cgroup out of memory: Killed process 15539 (python3)")).isEmpty();
        assertThat(OomKillLog.parse("")).isEmpty();
    }
}
