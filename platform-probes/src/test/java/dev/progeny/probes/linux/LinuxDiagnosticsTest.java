package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.diagnose.Diagnosis;
import dev.progeny.probes.diagnose.PipeFill;
import dev.progeny.probes.diagnose.Syscall;
import dev.progeny.probes.diagnose.WaitKind;
import dev.progeny.probes.diagnose.WaitWords;
import dev.progeny.probes.diagnose.WaitingFor;
import dev.progeny.probes.diagnose.WhyReport;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The staged scenarios, each a real tree: what blocks, on what, and who explains it. */
class LinuxDiagnosticsTest {
    @RegisterExtension
    final StagedLaunches launches = new StagedLaunches();

    @Test
    void yesIntoSleepWritesToAFullPipeThatSleepNeverReads() throws Exception {
        StagedTree tree = launches.stage("yes | sleep 600");
        ProcessInfo yes = tree.member("yes");
        ProcessInfo sleep = tree.member("sleep");
        tree.waitsFor(yes, w -> w.kind() == WaitKind.PIPE_WRITE);

        WhyReport why = tree.explain(yes);
        assertThat(why.target().waitingFor()).isInstanceOfSatisfying(WaitingFor.PipeWrite.class, w -> {
            assertThat(w.fd()).isEqualTo(1);
            assertThat(w.call()).contains(Syscall.WRITE);
            assertThat(w.state().otherPids()).containsExactly(sleep.pid());
            assertThat(w.state().fill()).hasValueSatisfying(f -> assertThat(f.isFull()).isTrue());
        });
        assertThat(WaitWords.describe(why.target().waitingFor())).matches("writing to pipe \\d+ \\(full, 64 KiB\\)");
        Diagnosis reader = why.related().getFirst().diagnosis();
        assertThat(why.related().getFirst().role()).isEqualTo(WhyReport.Role.READS_ITS_PIPE);
        assertThat(reader.pid()).isEqualTo(sleep.pid());
        assertThat(reader.waitingFor()).isInstanceOfSatisfying(WaitingFor.Sleep.class,
                s -> assertThat(s.length()).contains(Duration.ofSeconds(600)));
    }

    @Test
    void aReaderThatNeverReadsLeavesItsWriterBlocked() throws Exception {
        StagedTree tree = launches.stage("head -c 1000000 /dev/zero | (sleep 600; cat)");
        ProcessInfo head = tree.member("head");
        tree.waitsFor(head, w -> w.kind() == WaitKind.PIPE_WRITE);
        ProcessInfo sleep = tree.member("sleep");

        WhyReport why = tree.explain(head);
        WaitingFor.PipeWrite w = (WaitingFor.PipeWrite) why.target().waitingFor();
        assertThat(w.state().otherPids()).as("the subshell and its sleep hold the read end").hasSize(2).contains(sleep.pid());
        assertThat(w.state().fill()).map(PipeFill::bytes).hasValueSatisfying(b -> assertThat(b).isGreaterThanOrEqualTo(60_000));
        assertThat(why.related()).anySatisfy(r -> {
            assertThat(r.diagnosis().pid()).isEqualTo(sleep.pid());
            assertThat(r.diagnosis().waitingFor().kind()).isEqualTo(WaitKind.SLEEP);
        });
        assertThat(why.related()).anySatisfy(r -> assertThat(r.diagnosis().waitingFor()).isInstanceOfSatisfying(
                WaitingFor.Child.class, c -> assertThat(c.childPid()).hasValue(sleep.pid())));
    }

    @Test
    void aShellWaitingForItsChildNamesTheChild() throws Exception {
        StagedTree tree = launches.stage("sleep 600; true");
        ProcessInfo sleep = tree.member("sleep");
        ProcessInfo sh = tree.member("sh");
        assertThat(tree.waitsFor(sh, w -> w.kind() == WaitKind.CHILD)).isInstanceOfSatisfying(WaitingFor.Child.class,
                c -> assertThat(c.childPid()).hasValue(sleep.pid()));

        WhyReport why = tree.explain(sh);
        assertThat(why.related()).first().satisfies(r -> {
            assertThat(r.role()).isEqualTo(WhyReport.Role.CHILD_IT_WAITS_FOR);
            assertThat(r.diagnosis().pid()).isEqualTo(sleep.pid());
        });
        assertThat(WaitWords.describe(why.target().waitingFor())).isEqualTo("waiting for child " + sleep.pid());
    }

    @Test
    void aStoppedProcessIsStoppedWhateverItsCall() throws Exception {
        StagedTree tree = launches.stage("sleep 600 & sleep 1; kill -STOP $!; wait");
        ProcessInfo sleep = tree.member("sleep");
        assertThat(tree.waitsFor(sleep, w -> w.kind() == WaitKind.STOPPED)).isEqualTo(
                new WaitingFor.Stopped(false, Optional.of(Syscall.CLOCK_NANOSLEEP)));
    }
}
