package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.diagnose.Diagnosis;
import dev.progeny.probes.diagnose.Inherited;
import dev.progeny.probes.diagnose.WaitKind;
import dev.progeny.probes.diagnose.WaitingFor;
import dev.progeny.probes.diagnose.WhyReport;
import dev.progeny.probes.diagnose.ZombieFamily;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Staged families: zombies and their parent, an inherited pipe end, a nested pid namespace. */
class LinuxDiagnosticsFamilyTest {
    @RegisterExtension
    final StagedLaunches launches = new StagedLaunches();

    @Test
    void aParentThatNeverWaitsIsNamedWithItsZombiesCountAndAge() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/perl")), "needs perl");
        StagedTree tree = launches.stage("/usr/bin/perl", "-e", "for (1..20) { exit 0 if fork() == 0 } sleep 600");
        ProcessInfo perl = tree.member("perl", p -> !p.isZombie());
        await().atMost(Duration.ofSeconds(20)).until(() -> tree.snapshot().children(perl.pid()).stream()
                .filter(ProcessInfo::isZombie).count() == 20);
        Thread.sleep(1500);

        ZombieFamily ownFamily = tree.explain(perl).target().zombies().orElseThrow();
        assertThat(ownFamily.zombies()).hasSize(20);
        assertThat(ownFamily.parentWaiting().kind()).isEqualTo(WaitKind.SLEEP);
        assertThat(ownFamily.oldest()).hasValueSatisfying(age -> assertThat(age).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(60)));
        assertThat(ownFamily.describe()).matches("parent " + perl.pid() + " perl is sleeping in clock_nanosleep and has not called wait: 20 zombies for \\d+(\\.\\d)? s");

        ProcessInfo zombie = tree.snapshot().children(perl.pid()).getFirst();
        WhyReport why = tree.explain(zombie);
        assertThat(why.target().waitingFor().kind()).isEqualTo(WaitKind.ZOMBIE);
        assertThat(why.target().facts().zombieFor()).hasValueSatisfying(age -> assertThat(age).isGreaterThan(Duration.ofSeconds(1)));
        assertThat(why.target().zombies()).hasValueSatisfying(f -> {
            assertThat(f.parent().pid()).isEqualTo(perl.pid());
            assertThat(f.zombies()).hasSize(20);
            assertThat(f.handlesChildSignal()).as("perl leaves SIGCHLD at its default").contains(false);
        });
        assertThat(why.related()).anySatisfy(r -> {
            assertThat(r.role()).isEqualTo(WhyReport.Role.PARENT);
            assertThat(r.diagnosis().pid()).isEqualTo(perl.pid());
        });
    }

    @Test
    void aChildKeepsAnInheritedWriteEndSoItsReaderNeverSeesEndOfFile() throws Exception {
        // The inner shell moves the pipe's write end to fd 3 and starts sleep, which inherits it;
        // cat reads the pipe and waits for an end of file that cannot come while either holds it.
        StagedTree tree = launches.stage("sh -c 'exec 3>&1 >/dev/null; sleep 600 & wait' | cat");
        ProcessInfo cat = tree.member("cat");
        ProcessInfo sleep = tree.member("sleep");
        ProcessInfo inner = tree.snapshot().process(sleep.ppid()).orElseThrow();
        tree.waitsFor(cat, w -> w.kind() == WaitKind.PIPE_READ);

        WhyReport why = tree.explain(cat);
        assertThat(why.target().waitingFor()).isInstanceOfSatisfying(WaitingFor.PipeRead.class, r -> {
            assertThat(r.fd()).isZero();
            assertThat(r.state().otherPids()).containsExactlyInAnyOrder(inner.pid(), sleep.pid());
            assertThat(r.state().fill()).hasValueSatisfying(f -> assertThat(f.isEmpty()).isTrue());
        });
        Diagnosis holder = why.related().stream().map(WhyReport.Related::diagnosis).filter(d -> d.pid() == sleep.pid())
                .findFirst().orElseThrow();
        assertThat(holder.inherited()).containsExactly(new Inherited(3, inner.pid(), 3, Inherited.Evidence.SAME_OPEN_FILE));
        assertThat(holder.fromProgeny()).isEmpty();
    }

    @Test
    void aProcessInANestedPidNamespaceShowsBothPids() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/unshare")), "needs unshare");
        StagedTree tree = launches.stage("/usr/bin/unshare", "-p", "-f", "--mount-proc", "sleep", "600");
        ProcessInfo unshare = tree.member("unshare");
        assumeTrue(await().atMost(Duration.ofSeconds(10)).until(() -> unshare.pid() > 0
                && (tree.snapshot().children(unshare.pid()).size() == 1 || tree.snapshot().process(unshare.pid()).isEmpty()), x -> x)
                && tree.snapshot().process(unshare.pid()).isPresent(), "unshare -p is not permitted here");
        ProcessInfo sleep = tree.member("sleep");

        Diagnosis d = tree.explain(sleep).target();
        assertThat(d.facts().nspid()).containsExactly(sleep.pid(), 1);
        assertThat(d.facts().pidNamespace()).isPresent();
        Diagnosis parent = tree.explain(unshare).target();
        assertThat(parent.facts().nspid()).containsExactly(unshare.pid());
        assertThat(parent.facts().pidNamespace()).isNotEqualTo(d.facts().pidNamespace());
        assertThat(parent.waitingFor()).isInstanceOfSatisfying(WaitingFor.Child.class,
                c -> assertThat(c.childPid()).hasValue(sleep.pid()));
    }
}
