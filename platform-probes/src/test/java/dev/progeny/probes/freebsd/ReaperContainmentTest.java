package dev.progeny.probes.freebsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Signal;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.launch.Container;
import dev.progeny.probes.launch.Containment;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchException;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.launch.Membership;
import dev.progeny.probes.launch.OutputMode;
import dev.progeny.probes.terminate.Delivery;
import dev.progeny.probes.terminate.SignalGuard;
import dev.progeny.probes.terminate.TargetReading;
import dev.progeny.probes.terminate.SignalSender.ContainerKill;
import dev.progeny.probes.terminate.TerminationReport;
import dev.progeny.probes.terminate.TerminationReport.Stage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The FreeBSD platform keeps and ends a launch's family through the procctl reaper: launches,
 * membership and escalation run over a libc played by Java, and the procctl requests are checked
 * as the bytes the kernel would read. Every pid is above Linux's PID_MAX_LIMIT (2^22), so none
 * can name a real process on the machine running the test.
 */
class ReaperContainmentTest {
    private static final int SELF = (int) ProcessHandle.current().pid();
    private static final long T0 = 1_780_000_000L;
    private static final int CHILD = 0x2;  // REAPER_PIDINFO_CHILD
    private static final int PROC_REAP_ACQUIRE = 2;
    private static final int PROC_REAP_KILL = 6;

    private final FakeFreeBsdLibc libc = new FakeFreeBsdLibc();
    private final FreeBsdPlatform platform = new FreeBsdPlatform(() -> libc);

    private static KinfoProcBytes proc(int pid, int ppid, int pgid, long startedAfter, String comm) {
        KinfoProcBytes k = new KinfoProcBytes();
        k.pid = pid;
        k.ppid = ppid;
        k.pgid = pgid;
        k.sid = pgid;
        k.startSec = T0 + startedAfter;
        k.comm = comm;
        return k;
    }

    private Launch launch(int pid) throws Exception {
        libc.spawnedPid = pid;
        return platform.launcher().launch(LaunchSpec.of("sh", "-c", "make").withOutput(OutputMode.INHERIT));
    }

    @Test
    void theReaperIsAcquiredBeforeTheFirstLaunch() throws Exception {
        libc.serve(proc(4_900_100, SELF, 4_900_100, 0, "sh"));

        Launch launch = launch(4_900_100);

        int spawn = IntStream.range(0, libc.calls.size()).filter(i -> libc.calls.get(i).startsWith("spawn /"))
                .findFirst().orElseThrow();
        assertThat(libc.calls.get(spawn)).as("the command resolved first, as on Linux").endsWith("/sh");
        assertThat(libc.calls.indexOf("procctl " + PROC_REAP_ACQUIRE)).isBetween(0, spawn - 1);
        assertThat(libc.procctlCalls.getFirst()).containsExactly(0, SELF, PROC_REAP_ACQUIRE);
        assertThat(launch.containment()).contains(Containment.REAPER);
        assertThat(launch.family().container()).contains(new Container.ReaperSubtree(launch.root()));
    }

    @Test
    void anEmptyCommandIsRefusedBeforeAnythingIsSpawned() {
        assertThatThrownBy(() -> platform.launcher().launch(LaunchSpec.of(List.of())))
                .isInstanceOfSatisfying(LaunchException.class,
                        e -> assertThat(e.reason()).isEqualTo(LaunchException.Reason.EMPTY_COMMAND));
        assertThat(libc.calls).noneMatch(c -> c.startsWith("spawn"));
    }

    @Test
    void theReaperSubtreeKeepsAMemberThatLeftItsGroupAndLostItsTag() throws Exception {
        // Launch A, then launch B; then a process forked under A leaves A's group and
        // environment and is orphaned to Progeny. Adoption alone says nothing: B never claims it.
        int rootA = 4_900_100;
        int rootB = 4_900_200;
        int escapee = 4_900_103;
        libc.serve(proc(rootA, SELF, rootA, 0, "sh"), proc(rootB, SELF, rootB, 10, "sh"),
                proc(escapee, SELF, escapee, 20, "daemon"));
        libc.reaperLists(rootA, rootA, CHILD);
        libc.reaperLists(rootB, rootB, CHILD);
        Launch a = launch(rootA);
        Launch b = launch(rootB);
        Snapshot snapshot = platform.processTable().snapshot();

        assertThat(a.family().memberships(snapshot)).as("negative control: no reaper entry for it")
                .extracting(m -> m.process().pid()).containsExactly(rootA);
        assertThat(b.family().memberships(snapshot)).extracting(x -> x.process().pid()).doesNotContain(escapee);

        libc.reaperLists(escapee, rootA, CHILD);
        Membership m = a.family().memberships(snapshot).stream().filter(x -> x.process().pid() == escapee)
                .findFirst().orElseThrow();

        assertThat(m.reasons()).as("proven by the reaper subtree, and back with Progeny")
                .containsExactly(Membership.Reason.ADOPTED, Membership.Reason.REAPER_SUBTREE);
        assertThat(m.escaped()).isTrue();
        assertThat(b.family().memberships(snapshot)).extracting(x -> x.process().pid()).doesNotContain(escapee);
        assertThat(Membership.Reason.REAPER_SUBTREE.containment()).contains(Containment.REAPER);
    }

    @Test
    void escalationKillsTheLaunchsSubtreeWithOneReapKill() throws Exception {
        int root = 4_900_100;
        int child = 4_900_101;
        int escapee = 4_900_102;
        libc.serve(proc(root, SELF, root, 0, "sh"), proc(child, root, root, 1, "make"),
                proc(escapee, SELF, escapee, 2, "daemon"), proc(4_900_300, SELF, 4_900_300, 3, "other"));
        libc.reaperLists(root, root, CHILD);
        libc.reaperLists(child, root, 0);
        libc.reaperLists(escapee, root, CHILD);
        libc.reaperLists(4_900_300, 4_900_300, CHILD);
        Launch launch = launch(root);
        launch(4_900_300);

        TerminationReport report = platform.terminator().escalate(launch.family(), Duration.ofMillis(20));

        assertThat(libc.reapKills).hasSize(1);
        assertThat(libc.procctlCalls).filteredOn(c -> c[2] == PROC_REAP_KILL).singleElement()
                .satisfies(c -> assertThat(c).as("P_PID, Progeny").containsExactly(0, SELF, PROC_REAP_KILL));
        ByteBuffer rk = ByteBuffer.wrap(libc.reapKills.getFirst()).order(ByteOrder.nativeOrder());
        assertThat(rk.getInt(0)).as("rk_sig = SIGKILL").isEqualTo(9);
        assertThat(rk.getInt(4)).as("rk_flags = REAPER_KILL_SUBTREE").isEqualTo(0x2);
        assertThat(rk.getInt(8)).as("rk_subtree = the launch's root").isEqualTo(root);
        for (int i = 12; i < 80; i++) {
            assertThat(rk.get(i)).as("byte %d zeroed", i).isZero();
        }
        assertThat(report.stages()).containsExactly(Stage.SIGNAL, Stage.GRACE, Stage.REAPER_KILL, Stage.VERIFY);
        assertThat(report.deliveries()).filteredOn(d -> d.scope() == Delivery.Scope.REAPER)
                .extracting(d -> d.target().pid()).containsExactlyInAnyOrder(root, child, escapee);
        assertThat(report.deliveries()).filteredOn(d -> d.scope() == Delivery.Scope.REAPER).allSatisfy(d -> {
            assertThat(d.signal()).isEqualTo(Signal.KILL);
            assertThat(d.outcome()).isEqualTo(Delivery.Outcome.SENT);
            assertThat(d.detail()).contains("REAPER_KILL_SUBTREE " + root, "3 killed");
        });
        assertThat(report.clean()).isTrue();
        assertThat(platform.processTable().snapshot().processes()).extracting(ProcessInfo::pid)
                .as("another launch's subtree is untouched").containsExactly(4_900_300);
    }

    @Test
    void aPlainKillGoesToTheSubtreeFirst() throws Exception {
        int root = 4_900_100;
        libc.serve(proc(root, SELF, root, 0, "sh"), proc(root + 1, SELF, root + 1, 1, "daemon"));
        libc.reaperLists(root, root, CHILD);
        libc.reaperLists(root + 1, root, CHILD);
        Launch launch = launch(root);

        TerminationReport report = platform.terminator().signal(launch.family(), Signal.KILL, Duration.ofMillis(20));

        assertThat(libc.reapKills).singleElement().satisfies(rk -> assertThat(
                ByteBuffer.wrap(rk).order(ByteOrder.nativeOrder()).getInt(8)).isEqualTo(root));
        assertThat(report.stages()).containsExactly(Stage.REAPER_KILL, Stage.SIGNAL, Stage.GRACE);
        assertThat(report.deliveries()).filteredOn(Delivery::sent).extracting(d -> d.target().pid())
                .containsExactlyInAnyOrder(root, root + 1);
        assertThat(report.clean()).isTrue();
    }

    @Test
    void aRootPidThatNowNamesAnotherProcessStopsTheSubtreeKill() throws Exception {
        libc.serve(proc(4_900_100, SELF, 4_900_100, 0, "sh"));
        libc.reaperLists(4_900_100, 4_900_100, CHILD);
        ProcessInfo reused = new FreeBsdProcessTable(libc).snapshot().process(4_900_100).orElseThrow();
        ReaperSubtrees subtrees = new ReaperSubtrees(new ProcctlReaper(libc, 77), Optional.empty(),
                new SignalGuard(77, 77, 77), pid -> TargetReading.of(reused));
        Container older = new Container.ReaperSubtree(new ProcessKey(4_900_100, reused.startTime() - 1));

        assertThat(subtrees.kill(older).outcome()).isEqualTo(Delivery.Outcome.REFUSED);
        assertThat(subtrees.pids(older)).isEmpty();
        assertThat(libc.procctlCalls).isEmpty();
    }

    @Test
    void aRootThatCannotBeReadStopsTheSubtreeKillToo() {
        libc.reaperLists(4_900_100, 4_900_100, CHILD);
        ReaperSubtrees subtrees = new ReaperSubtrees(new ProcctlReaper(libc, 77), Optional.empty(),
                new SignalGuard(77, 77, 77), pid -> new TargetReading.Unreadable(23, "sysctl kern.proc.pid: errno 23"));

        ContainerKill kill = subtrees.kill(new Container.ReaperSubtree(new ProcessKey(4_900_100, 5)));

        assertThat(kill.outcome()).isEqualTo(Delivery.Outcome.REFUSED);
        assertThat(kill.detail()).contains("errno 23");
        assertThat(libc.procctlCalls).isEmpty();
    }

    @Test
    void neverInitNorProgenyNorWithoutTheReaper() {
        libc.reaperLists(4_900_100, 4_900_100, CHILD);
        SignalGuard guard = new SignalGuard(77, 77, 77);
        ReaperSubtrees held = new ReaperSubtrees(new ProcctlReaper(libc, 77), Optional.empty(), guard,
                pid -> new TargetReading.Absent());
        ReaperSubtrees missing = new ReaperSubtrees(new ProcctlReaper(libc, 77), Optional.of("not the reaper"), guard,
                pid -> new TargetReading.Absent());

        ContainerKill init = held.kill(new Container.ReaperSubtree(new ProcessKey(1, 0)));
        ContainerKill self = held.kill(new Container.ReaperSubtree(new ProcessKey(77, 0)));
        Container launch = new Container.ReaperSubtree(new ProcessKey(4_900_100, 0));

        assertThat(init.outcome()).isEqualTo(Delivery.Outcome.REFUSED);
        assertThat(self.outcome()).isEqualTo(Delivery.Outcome.REFUSED);
        assertThat(missing.kill(launch)).isEqualTo(new ContainerKill(Delivery.Outcome.UNSUPPORTED, "not the reaper"));
        assertThat(missing.pids(launch)).isEmpty();
        assertThat(libc.procctlCalls).isEmpty();
    }
}
