package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.launch.Containment;
import dev.progeny.probes.launch.Isolation;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.launch.Membership;
import dev.progeny.probes.launch.Membership.Reason;
import dev.progeny.probes.posix.PosixLibc;
import dev.progeny.probes.testing.LaunchCleanup;
import dev.progeny.probes.testing.TaggedProcesses;
import dev.progeny.probes.testing.TestTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * Each containment mechanism alone (the others switched off) still finds a descendant that
 * escaped the tree with setsid and a double fork, or by changing its group; and with none of
 * them the escapee is lost (the negative control).
 */
class LaunchFamilyContainmentTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private final LinuxLauncher launcher = new LinuxLauncher();
    private final LinuxProcessTable table = new LinuxProcessTable();
    private final List<Launch> launches = new ArrayList<>();
    private String tag;
    private long since;

    @BeforeEach
    void tag(TestInfo info) {
        tag = TaggedProcesses.newTestTag(info.getTestMethod().orElseThrow().getName());
        since = LaunchCleanup.mark();
    }

    @AfterEach
    void cleanUp() throws InterruptedException {
        LaunchCleanup.endAll(tag, launcher.rootPids(), since);
        for (Launch launch : launches) {
            assertThat(launch.waitFor(PATIENCE)).isPresent();
            launch.close();
        }
        LaunchCleanup.reapZombies(launcher.rootPids(), since);
        assertThat(TaggedProcesses.alive(tag)).isEmpty();
    }

    @Test
    void cgroupAloneFindsADoubleForkedDaemon() throws Exception {
        Membership daemon = escapedDaemon(Set.of(Containment.CGROUP));
        assertThat(daemon.reasons()).containsExactly(Reason.CGROUP);
    }

    @Test
    void environmentTagAloneFindsADoubleForkedDaemon() throws Exception {
        Membership daemon = escapedDaemon(Set.of(Containment.ENVIRONMENT_TAG));
        assertThat(daemon.reasons()).containsExactly(Reason.ENVIRONMENT_TAG);
    }

    @Test
    void subreaperAloneFindsADoubleForkedDaemon() throws Exception {
        Membership daemon = escapedDaemon(Set.of(Containment.SUBREAPER));
        assertThat(daemon.reasons()).containsExactly(Reason.ADOPTED);
        assertThat(daemon.process().ppid()).isEqualTo(PosixLibc.INSTANCE.getpid());
    }

    @Test
    void withoutContainmentADoubleForkedDaemonIsLost() throws Exception {
        Launch launch = launch(LaunchSpec.of(TestTrees.command("daemon.sh")).withContainment(Set.of()));
        int pid = printedPid(launch, "daemon");
        assertThat(launch.waitFor(PATIENCE)).isPresent();
        assertThat(launch.family().memberships(snapshot())).extracting(m -> m.process().pid()).doesNotContain(pid);
    }

    @Test
    void theSessionFloorFindsAChildThatChangedItsGroup() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/perl")), "new-group.sh needs perl");
        Launch inSession = launch(LaunchSpec.of(TestTrees.command("new-group.sh"))
                .withIsolation(Isolation.SESSION).withContainment(Set.of()));
        int moved = printedPid(inSession, "group");
        assertThat(inSession.waitFor(PATIENCE)).isPresent();
        Membership member = member(inSession, moved).orElseThrow();
        assertThat(member.reasons()).containsExactly(Reason.SESSION);
        assertThat(member.process().pgid()).isEqualTo(moved);

        Launch inGroup = launch(LaunchSpec.of(TestTrees.command("new-group.sh")).withContainment(Set.of()));
        int movedAgain = printedPid(inGroup, "group");
        assertThat(inGroup.waitFor(PATIENCE)).isPresent();
        assertThat(member(inGroup, movedAgain)).as("left its group: the group floor loses it").isEmpty();
    }

    @Test
    void lineageIsRememberedAfterTheParentDies() throws Exception {
        Launch launch = launch(LaunchSpec.of(TestTrees.command("fork-tree.sh")).withContainment(Set.of()));
        await().atMost(PATIENCE).until(() -> launch.output().text().contains("ready"));
        await().atMost(PATIENCE).until(() -> launch.family().memberships(snapshot()).size() == 4);
        List<Membership> before = launch.family().memberships(snapshot());
        assertThat(before).allMatch(m -> m.caughtBy(Reason.TREE) && m.caughtBy(Reason.PROCESS_GROUP));
        ProcessInfo middle = before.stream().map(Membership::process)
                .filter(p -> p.pid() != launch.pid() && p.name().equals("sh")).findFirst().orElseThrow();
        ProcessInfo grandchild = snapshot().children(middle.pid()).getFirst();
        // Orphan the grandchild: the root's tree no longer reaches it, remembered lineage does.
        PosixLibc.INSTANCE.kill(middle.pid(), 9);
        await().atMost(PATIENCE).until(() -> snapshot().process(grandchild.pid())
                .map(p -> p.ppid() != middle.pid()).orElse(false));
        Membership after = member(launch, grandchild.pid()).orElseThrow();
        assertThat(after.reasons()).contains(Reason.LINEAGE).doesNotContain(Reason.TREE);
        assertThat(after.escaped()).isTrue();
    }

    private Membership escapedDaemon(Set<Containment> only) throws Exception {
        Launch launch = launch(LaunchSpec.of(TestTrees.command("daemon.sh")).withContainment(only));
        for (Containment c : only) {
            assertThat(launch.containment()).as("in force: " + launch.unavailable()).contains(c);
        }
        int pid = printedPid(launch, "daemon");
        assertThat(launch.waitFor(PATIENCE)).isPresent();
        Membership daemon = member(launch, pid).orElseThrow();
        assertThat(daemon.escaped()).isTrue();
        assertThat(daemon.process().sid()).isNotEqualTo(launch.pid());
        return daemon;
    }

    private Optional<Membership> member(Launch launch, int pid) throws IOException {
        return launch.family().memberships(snapshot()).stream().filter(m -> m.process().pid() == pid).findFirst();
    }

    private Launch launch(LaunchSpec spec) throws Exception {
        Launch launch = launcher.launch(spec.withEnvironment(LaunchSpec.LAUNCH_TAG, tag));
        launches.add(launch);
        return launch;
    }

    private static int printedPid(Launch launch, String word) {
        Pattern pattern = Pattern.compile(word + " (\\d+)");
        await().atMost(PATIENCE).until(() -> pattern.matcher(launch.output().text()).find());
        Matcher m = pattern.matcher(launch.output().text());
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private Snapshot snapshot() throws IOException {
        return table.snapshot();
    }
}
