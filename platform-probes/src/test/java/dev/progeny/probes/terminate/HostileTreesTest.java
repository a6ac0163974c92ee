package dev.progeny.probes.terminate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.progeny.probes.Platform;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.ProcessState;
import dev.progeny.probes.Signal;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.launch.Containment;
import dev.progeny.probes.launch.LaunchIndex;
import dev.progeny.probes.posix.PosixLibc;
import dev.progeny.probes.terminate.TestTree.Mode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Trees built to defeat tree-killing, each ended through the API on real processes. Every case
 * asserts that nothing of the tree survived (by the report and by the independent tag oracle)
 * and that nothing outside it was signalled (by the report, and by two live bystanders: one in a
 * session of its own, one in Progeny's own group and session).
 */
class HostileTreesTest {
    private static final Duration POLITE = Duration.ofSeconds(10);
    private static final Duration IMPATIENT = Duration.ofSeconds(1);
    /** A perl one-liner that puts TERM back to its default, then becomes {@code sleep 1000}. */
    private static final String OBEY_TERM_AND_SLEEP = "$SIG{TERM} = 'DEFAULT'; exec 'sleep', '1000'";
    /** A perl one-liner that forks a child living 0.1 s every 2 ms; with CHLD ignored the kernel reaps them. */
    private static final String FORK_EVERY_2_MS =
            "$SIG{CHLD} = 'IGNORE'; while (1) { if (!fork) { select undef, undef, undef, 0.1; exit } select undef, undef, undef, 0.002 }";

    private final Terminator terminator = Platform.current().terminator();
    private Bystander bystander;
    private Bystander neighbour;
    private TestTree tree;

    @TempDir
    Path dir;

    @BeforeEach
    void startBystander() throws IOException {
        bystander = new Bystander(dir);
        neighbour = Bystander.besideProgeny(dir);
    }

    @AfterEach
    void cleanUp() throws InterruptedException {
        if (tree != null) {
            tree.close();
            assertThat(tree.alive()).as("tagged processes left behind").isEmpty();
        }
        bystander.close();
        neighbour.close();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void plainDeepAndWideTree(Mode mode) throws Exception {
        tree = TestTree.launch("deep-wide", mode, """
                grow() {
                  if [ "$1" -gt 0 ]; then
                    for i in 1 2 3; do grow $(($1 - 1)) & done
                    wait
                  else
                    exec sleep 1000
                  fi
                }
                grow 3
                """);
        tree.awaitAlive(40);
        TerminationReport report = endAndCheck(POLITE);
        // In Progeny's session, pid by pid. In a session of its own the group is signalled whole when
        // its leader vouches for it at that instant; in full CI-like runs it sometimes went pid by pid
        // (open: see the closing note), which still ends the tree with TERM alone.
        if (mode == Mode.NO_CGROUP) {
            assertThat(report.deliveries()).extracting(Delivery::scope).containsOnly(Delivery.Scope.PROCESS);
        } else {
            // Pid by pid, a shell of the tree may exit between the reading and its signal: gone, never refused.
            assertThat(report.deliveries()).allMatch(d -> d.sent() || d.outcome() == Delivery.Outcome.GONE);
        }
        assertThat(report.ran(TerminationReport.Stage.KILL)).as("TERM alone was enough").isFalse();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void daemonThatCallsSetsidAndDoubleForks(Mode mode) throws Exception {
        tree = TestTree.launch("daemon", mode, """
                setsid sh -c '(exec sleep 1000) & echo $!; exit 0'
                exec sleep 1000
                """);
        int daemon = tree.nextPid();
        tree.awaitAlive(2);
        ProcessInfo d = await().until(() -> process(daemon), Optional::isPresent).orElseThrow();
        assertThat(d.sid()).as("the daemon left the tree's session").isNotEqualTo(tree.pid());
        assertThat(d.ppid()).as("its parent exited").isNotEqualTo(tree.pid());
        endAndCheck(POLITE);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void childThatMovesToItsOwnGroup(Mode mode) throws Exception {
        tree = TestTree.launch("own-group", mode, """
                perl -e '$| = 1; setpgrp(0, 0); print "$$\\n"; exec "sleep", "1000"' &
                wait
                """);
        int mover = tree.nextPid();
        await().until(() -> process(mover).map(p -> p.pgid() == mover && p.name().equals("sleep")).orElse(false));
        endAndCheck(POLITE);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void termIgnoringChildWithTermObeyingGrandchild(Mode mode) throws Exception {
        tree = TestTree.launch("ignore-term", mode, """
                sh -c "$1" child "$2" &
                wait
                """, """
                trap '' TERM
                perl -e "$1" &
                echo $!
                exec sleep 1000
                """, OBEY_TERM_AND_SLEEP);
        int grandchild = tree.nextPid();
        tree.awaitAlive(3);
        await().until(() -> process(grandchild).map(p -> p.name().equals("sleep")).orElse(false));
        TerminationReport report = endAndCheck(IMPATIENT);
        assertKilled(report);
        assertThat(report.departures()).anySatisfy(dep -> assertThat(dep.process().pid()).isEqualTo(grandchild));
        assertThat(report.deliveries()).noneSatisfy(del -> {
            assertThat(del.target().pid()).isEqualTo(grandchild);
            assertThat(del.signal()).isEqualTo(Signal.KILL);
        });
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void stoppedMember(Mode mode) throws Exception {
        tree = TestTree.launch("stopped", mode, """
                sleep 1000 &
                kill -STOP $!
                echo $!
                wait
                """);
        int stopped = tree.nextPid();
        await().until(() -> process(stopped).map(p -> p.state() == ProcessState.STOPPED).orElse(false));
        TerminationReport report = endAndCheck(POLITE);
        assertThat(report.ran(TerminationReport.Stage.KILL)).as("CONT let TERM act").isFalse();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void memberSpinningInABusyLoop(Mode mode) throws Exception {
        tree = TestTree.launch("busy", mode, """
                sh -c 'while :; do :; done' &
                echo $!
                wait
                """);
        int spinner = tree.nextPid();
        await().until(() -> process(spinner).map(p -> p.state() == ProcessState.RUNNING).orElse(false));
        endAndCheck(POLITE);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void parentThatMakesZombies(Mode mode) throws Exception {
        tree = TestTree.launch("zombies", mode, """
                perl -e '$| = 1; for (1 .. 5) { exit 0 unless fork } print "$$\\n"; sleep 1000'
                """);
        int parent = tree.nextPid();
        await().until(() -> snapshot().children(parent).stream().filter(ProcessInfo::isZombie).count() == 5);
        TerminationReport report = endAndCheck(POLITE);
        assertThat(report.members()).as("zombies are not counted as alive").noneMatch(ProcessInfo::isZombie);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void familyOfZombiesIsAlreadyDead(Mode mode) throws Exception {
        tree = TestTree.launch("all-zombies", mode, """
                perl -e '$| = 1; my $p = fork; if (!$p) { setpgrp(0, 0); exit 3 } print "$p\\n"; sleep 1000'
                """);
        int zombie = tree.nextPid();
        await().until(() -> process(zombie).map(p -> p.isZombie() && p.pgid() == zombie).orElse(false));
        TerminationReport report = terminator.escalate(new GroupFamily(zombie), Duration.ofSeconds(60));
        assertThat(report.clean()).isTrue();
        assertThat(report.deliveries()).isEmpty();
        assertThat(report.elapsed()).as("no grace period burnt on zombies").isLessThan(Duration.ofSeconds(10));
        bystander.assertUntouched();
        neighbour.assertUntouched();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void grandchildStillHoldingTheOutputPipe(Mode mode) throws Exception {
        tree = TestTree.launch("pipe-holder", mode, """
                sh -c 'sleep 1000 & echo $!'
                echo parent-gone
                exec sleep 1000
                """);
        int holder = tree.nextPid();
        assertThat(tree.nextLine()).isEqualTo("parent-gone");
        tree.awaitAlive(2);
        assertThat(tree.launch.output().isFinished()).as("the holder keeps the pipe open").isFalse();
        endAndCheck(POLITE);
        assertThat(tree.launch.output().awaitFinished(Duration.ofSeconds(10))).as("the pipe reached end of file").isTrue();
        assertThat(process(holder).filter(p -> p.state().isAlive())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void hydraThatRespawnsEveryHeadItLoses(Mode mode) throws Exception {
        tree = TestTree.launch("hydra", mode, """
                trap '' TERM
                for i in 1 2 3; do setsid sh -c "$1" head "$2" & done
                wait
                """, """
                while :; do perl -e "$1"; done
                """, "$SIG{TERM} = 'DEFAULT'; setpgrp(0, 0); exec 'sleep', '1000'");
        tree.awaitAlive(7);
        assertKilled(endAndCheck(IMPATIENT));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void memberThatClearsItsEnvironmentAndDetaches(Mode mode) throws Exception {
        tree = TestTree.launch("no-tag", mode, """
                env -i /bin/sh -c '/usr/bin/setsid sleep 1000 & echo $!'
                exec sleep 1000
                """);
        int untagged = tree.nextPid();
        await().until(() -> process(untagged).map(p -> p.name().equals("sleep") && p.sid() == untagged).orElse(false));
        assertThat(tree.alive()).as("the tag oracle cannot see it").doesNotContain(untagged);
        ProcessInfo before = process(untagged).orElseThrow();
        if (mode == Mode.NO_CGROUP) {
            // Without a cgroup nothing polled can prove where it came from: the subreaper adopted it
            // with no tag, group, session or recorded lineage. It is unclaimed, never ended with the
            // launch (it could be another launch's), only when the user picks it.
            int self = PosixLibc.INSTANCE.getpid();
            await().until(() -> process(untagged).map(p -> p.ppid() == self).orElse(false));
            Snapshot snapshot = snapshot();
            Map<ProcessKey, LaunchIndex.Owner> owners = LaunchIndex.of(snapshot, List.of(tree.launch));
            assertThat(LaunchIndex.unclaimed(snapshot, owners.keySet(), self)).extracting(ProcessInfo::key)
                    .contains(before.key());
            endAndCheck(POLITE);
            assertThat(process(untagged).filter(p -> p.key().equals(before.key()) && p.state().isAlive()))
                    .as("ending the launch leaves the unclaimed orphan alone").isPresent();
            assertThat(terminator.escalate(new ProcessFamily(before.key(), "sleep"), POLITE).clean()).isTrue();
            PosixLibc.INSTANCE.waitpid(untagged, new int[1], 0);
        } else {
            endAndCheck(POLITE);
        }
        assertThat(process(untagged).filter(p -> p.key().equals(before.key()) && p.state().isAlive())).isEmpty();
    }

    /**
     * Six TERM-ignoring forkers, each forking every 2 ms a child that lives 0.1 s: members are
     * bounded by fork rate times lifetime (and gentle on a shared machine: no exec). Where a fork
     * costs 0.1 ms that is a few hundred; on this VM a fork costs about 4 ms, so six forkers are
     * needed for a birth every millisecond or so, and the test waits for 20 members. They stay in
     * the tree's group on purpose: a group outside Progeny's session is killed whole, at one
     * instant, which no fork can outrun; in Progeny's session KILL goes pid by pid, a forker forks
     * between the reading and its KILL, and the family must be frozen first.
     */
    @ParameterizedTest
    @EnumSource(Mode.class)
    void forkBombThatOutrunsKillPidByPid(Mode mode) throws Exception {
        tree = TestTree.launch("fork-bomb", mode, """
                trap '' TERM
                for i in 1 2 3 4 5 6; do perl -e "$1" & done
                wait
                """, FORK_EVERY_2_MS);
        tree.awaitAlive(20);
        TerminationReport report = endAndCheck(IMPATIENT);
        assertKilled(report);
        if (mode == Mode.NO_CGROUP) {
            assertThat(report.ran(TerminationReport.Stage.FREEZE)).as(report.stages().toString()).isTrue();
        }
    }

    @Test
    void pidHopperThatForksAndExitsFasterThanAnySnapshotOnlyACgroupCatches() throws Exception {
        tree = TestTree.launch("pid-hopper", Mode.CONTAINED, """
                perl -e '$SIG{TERM} = "IGNORE"; while (1) { exit 0 if fork; setpgrp(0, 0); select(undef, undef, undef, 0.001) }' &
                wait
                """);
        assumeTrue(tree.launch.containment().contains(Containment.CGROUP),
                "no cgroup here (" + tree.launch.unavailable().get(Containment.CGROUP) + "): nothing pid-based can catch a pid hopper");
        Path cgroup = tree.launch.family().cgroup().orElseThrow();
        tree.awaitAlive(1);
        TerminationReport report = endAndCheck(IMPATIENT);
        assertThat(report.ran(TerminationReport.Stage.CGROUP_KILL)).isTrue();
        // The tag oracle lists /proc too and can miss a hopper; the cgroup cannot.
        assertThat(Files.readString(cgroup.resolve("cgroup.events"))).contains("populated 0");
    }

    /** The TERM stage was not enough: KILL ran, through the cgroup when the tree has one. */
    private void assertKilled(TerminationReport report) {
        boolean cgroup = tree.launch.family().cgroup().isPresent();
        assertThat(report.ran(cgroup ? TerminationReport.Stage.CGROUP_KILL : TerminationReport.Stage.KILL))
                .as("needed KILL (" + report.stages() + ")").isTrue();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void namesWithParenthesesSpacesAndBytesThatAreNotUtf8(Mode mode) throws Exception {
        tree = TestTree.launch("names", mode, """
                perl -e '$0 = "x) (y z"; sleep 1000' &
                perl -e '$0 = "bad\\xff\\xfename"; sleep 1000' &
                wait
                """);
        // Perl writes $0 over its argv and environ, so the tag is gone: only lineage keeps them in the family.
        List<ProcessInfo> oddlyNamed = await().until(() -> children(tree.pid()).stream()
                .filter(p -> p.name().equals("x) (y z") || p.name().startsWith("bad")).toList(), l -> l.size() == 2);
        endAndCheck(POLITE);
        for (ProcessInfo p : oddlyNamed) {
            assertThat(process(p.pid()).filter(q -> q.key().equals(p.key()) && q.state().isAlive())).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void memberWithA100KilobyteArgv(Mode mode) throws Exception {
        tree = TestTree.launch("huge-argv", mode, """
                big=$(head -c 100000 /dev/zero | tr '\\0' x)
                sh -c 'sleep 1000; :' huge "$big" &
                echo $!
                wait
                """);
        int huge = tree.nextPid();
        await().until(() -> process(huge).map(p -> String.join(" ", p.argv()).length() > 100_000).orElse(false));
        endAndCheck(POLITE);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void realDaemonFromTheDistribution(Mode mode) throws Exception {
        Path agent = Path.of("/usr/bin/ssh-agent");
        assumeTrue(Files.isExecutable(agent), "ssh-agent (Debian package openssh-client) is not installed");
        tree = TestTree.launch("ssh-agent", mode, """
                "$1" -s -a "$2"
                exec sleep 1000
                """, agent.toString(), dir.resolve("agent.sock").toString());
        Matcher m = Pattern.compile("SSH_AGENT_PID=(\\d+);").matcher("");
        int daemon = -1;
        while (daemon < 0) {
            if (m.reset(tree.nextLine()).find()) {
                daemon = Integer.parseInt(m.group(1));
            }
        }
        int agentPid = daemon;
        await().until(() -> process(agentPid).map(p -> p.sid() == agentPid).orElse(false));
        endAndCheck(POLITE);
    }

    /** Escalates the tree's family and checks: no survivors, nothing outside it signalled. */
    private TerminationReport endAndCheck(Duration grace) throws Exception {
        RecordingFamily family = new RecordingFamily(tree.launch.family());
        TerminationReport report = terminator.escalate(family, grace);
        assertThat(report.survivors()).as("survivors").isEmpty();
        assertThat(report.clean()).isTrue();
        assertThat(tree.alive()).as("tagged processes alive after the report said clean").isEmpty();
        assertThat(report.deliveries()).allSatisfy(d -> assertThat(family.everSeen()).contains(d.target()));
        assertThat(report.signalledPids()).doesNotContain(bystander.pid(), neighbour.pid());
        bystander.assertUntouched();
        neighbour.assertUntouched();
        return report;
    }

    private static Snapshot snapshot() throws IOException {
        return Platform.current().processTable().snapshot();
    }

    private static Optional<ProcessInfo> process(int pid) throws IOException {
        return snapshot().process(pid);
    }

    private static List<ProcessInfo> children(int pid) throws IOException {
        return snapshot().children(pid);
    }
}
