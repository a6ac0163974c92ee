package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.diagnose.Diagnosis;
import dev.progeny.probes.diagnose.DiagnosisWords;
import dev.progeny.probes.diagnose.PipeFill;
import dev.progeny.probes.diagnose.SocketMap;
import dev.progeny.probes.diagnose.Syscall;
import dev.progeny.probes.diagnose.WaitKind;
import dev.progeny.probes.diagnose.WaitWords;
import dev.progeny.probes.diagnose.WaitingFor;
import dev.progeny.probes.diagnose.WhyReport;
import dev.progeny.probes.testing.SocketpairScript;
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
    void aReceiverOnASocketpairNamesTheProcessHoldingTheOtherEnd() throws Exception {
        assumeTrue(SocketpairScript.available(), "needs " + SocketpairScript.PYTHON);
        StagedTree tree = launches.stage(SocketpairScript.argv().toArray(String[]::new));
        int root = tree.root().pid();
        ProcessInfo child = tree.member("python3", p -> p.ppid() == root);
        // Read again: the launch's wrapper shell has become python by the time it has a child.
        ProcessInfo parent = tree.root();
        tree.waitsFor(child, w -> w.kind() == WaitKind.SOCKET);
        tree.waitsFor(parent, w -> w.kind() == WaitKind.SLEEP);

        WhyReport why = tree.explain(child);
        WaitingFor.Socket w = (WaitingFor.Socket) why.target().waitingFor();
        assertThat(w.call()).contains(Syscall.RECVFROM);
        assertThat(w.state().peer()).isPresent();
        assertThat(w.state().otherPids()).containsExactly(parent.pid());
        assertThat(why.related().getFirst().role()).isEqualTo(WhyReport.Role.HOLDS_ITS_SOCKETS_PEER);
        assertThat(why.related().getFirst().diagnosis().pid()).isEqualTo(parent.pid());
        assertThat(why.target().sockets()).hasSize(2);
        SocketMap.Pair client = why.target().sockets().stream().filter(x -> !x.socketpair()).findFirst().orElseThrow();
        WaitingFor parentWaits = why.related().getFirst().diagnosis().waitingFor();
        assertThat(DiagnosisWords.sockets(why.target(), pid -> pid == parent.pid()
                ? new DiagnosisWords.Holder(parent, Optional.of(parentWaits)) : null, 1)).containsExactlyInAnyOrder(
                "fd %d ↔ socketpair %d ↔ %d, other end held by %d python3 (not using it: sleeping in clock_nanosleep)"
                        .formatted(w.fd(), w.inode(), w.state().peer().getAsLong(), parent.pid()),
                // The negative control: a client's connection is no socketpair, its peer has the listener's address.
                "fd %d ↔ unix socket %d ↔ %d (@progeny-test-%d), other end held by %d python3 (not using it: sleeping in clock_nanosleep)"
                        .formatted(client.ends().getFirst().fd(), client.inode(), client.peer().getAsLong(), parent.pid(), parent.pid()));
    }

    @Test
    void aStoppedProcessIsStoppedWhateverItsCall() throws Exception {
        StagedTree tree = launches.stage("sleep 600 & sleep 1; kill -STOP $!; wait");
        ProcessInfo sleep = tree.member("sleep");
        assertThat(tree.waitsFor(sleep, w -> w.kind() == WaitKind.STOPPED)).isEqualTo(
                new WaitingFor.Stopped(false, Optional.of(Syscall.CLOCK_NANOSLEEP)));
    }
}
