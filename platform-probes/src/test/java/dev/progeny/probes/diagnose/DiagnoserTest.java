package dev.progeny.probes.diagnose;

import static dev.progeny.probes.diagnose.DiagnosisFixtures.pipeEnd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessState;
import dev.progeny.probes.Snapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The joins on made-up readings: Progeny 1, a shell 10 with yes 11 | sleep 12, a perl 20 with two zombies. */
class DiagnoserTest {
    private static final int CHLD = 17;
    private final ProcessInfo progeny = ProcessInfo.builder(1).ppid(0).name("java").build();
    private final ProcessInfo sh = ProcessInfo.builder(10).ppid(1).name("sh").build();
    private final ProcessInfo yes = ProcessInfo.builder(11).ppid(10).name("yes").build();
    private final ProcessInfo sleep = ProcessInfo.builder(12).ppid(10).name("sleep").build();
    private final ProcessInfo perl = ProcessInfo.builder(20).ppid(1).name("perl").build();
    private final ProcessInfo z1 = ProcessInfo.builder(21).ppid(20).state(ProcessState.ZOMBIE).build();
    private final ProcessInfo z2 = ProcessInfo.builder(22).ppid(20).state(ProcessState.ZOMBIE).build();
    private final Snapshot snapshot = new Snapshot(Instant.EPOCH, List.of(progeny, sh, yes, sleep, perl, z1, z2));

    private static ProcessFacts facts(ProcessInfo p, WaitingFor w, List<Descriptor> fds, Optional<Duration> zombieFor, long caught) {
        return new ProcessFacts(p, w, Optional.of(fds), Optional.of(new ProcStatus(List.of(p.pid()), List.of(), List.of(), 0, 0, caught)),
                OptionalLong.empty(), Optional.empty(), Optional.empty(), zombieFor);
    }

    private Diagnoser.Readings readings() {
        WaitingFor.PipeWrite writing = new WaitingFor.PipeWrite(Optional.of(Syscall.WRITE), 1, 500, PipeState.UNKNOWN);
        WaitingFor.Sleep sleeping = new WaitingFor.Sleep(Optional.of(Syscall.CLOCK_NANOSLEEP), Optional.of(Duration.ofSeconds(600)), false);
        Map<Integer, ProcessFacts> facts = Map.of(
                11, facts(yes, writing, List.of(pipeEnd(1, 500, true)), Optional.empty(), 0),
                12, facts(sleep, sleeping, List.of(pipeEnd(0, 500, false)), Optional.empty(), 0),
                10, facts(sh, new WaitingFor.Child(new ChildTarget(ChildTarget.Scope.ANY, 0), List.of(11, 12)), List.of(), Optional.empty(), 0),
                20, facts(perl, sleeping, List.of(), Optional.empty(), 1L << (CHLD - 1)),
                21, facts(z1, new WaitingFor.Zombie(), List.of(), Optional.of(Duration.ofSeconds(40)), 0),
                22, facts(z2, new WaitingFor.Zombie(), List.of(), Optional.of(Duration.ofSeconds(5)), 0));
        Map<Integer, List<Descriptor>> fds = Map.of(11, List.of(pipeEnd(1, 500, true)), 12, List.of(pipeEnd(0, 500, false)),
                10, List.of(), 1, List.of(pipeEnd(7, 900, false)));
        return new Diagnoser.Readings(snapshot, facts, fds, PipeMap.build(fds), SocketMap.EMPTY, SameOpenFile.UNKNOWN, 1, CHLD);
    }

    @Test
    void aBlockedWriterIsExplainedByItsReaderThenItsParent() {
        WhyReport why = Diagnoser.explain(11, readings());
        assertThat(((WaitingFor.PipeWrite) why.target().waitingFor()).state().otherPids()).containsExactly(12);
        assertThat(why.related()).extracting(WhyReport.Related::role)
                .containsExactly(WhyReport.Role.READS_ITS_PIPE, WhyReport.Role.PARENT);
        assertThat(why.related().getFirst().diagnosis().waitingFor().kind()).isEqualTo(WaitKind.SLEEP);
        assertThat(why.target().pipes()).extracting(PipeMap.Pipe::inode).containsExactly(500L);
    }

    @Test
    void aZombieBelongsToItsParentsFamily() {
        Diagnosis d = Diagnoser.diagnose(readings().facts().get(22), readings());
        ZombieFamily family = d.zombies().orElseThrow();
        assertThat(family.parent()).isEqualTo(perl);
        assertThat(family.zombies()).containsExactly(z1, z2);
        assertThat(family.oldest()).contains(Duration.ofSeconds(40));
        assertThat(family.handlesChildSignal()).contains(true);
        assertThat(family.describe()).isEqualTo("parent 20 perl is sleeping in clock_nanosleep and has not called wait: 2 zombies for 40 s");
        assertThat(Diagnoser.diagnose(readings().facts().get(20), readings()).zombies()).contains(family);
    }

    @Test
    void nothingExplainsAProcessThatWaitsOnNoOne() {
        assertThat(Diagnoser.diagnose(readings().facts().get(12), readings()).zombies()).isEmpty();
        assertThat(Diagnoser.explain(12, readings()).related()).extracting(r -> r.diagnosis().pid()).containsExactly(10);
    }
}
