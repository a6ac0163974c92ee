package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.launch.Containment;
import dev.progeny.probes.launch.Isolation;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchIndex;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.launch.Membership;
import dev.progeny.probes.launch.Membership.Reason;
import dev.progeny.probes.posix.PosixLibc;
import dev.progeny.probes.testing.TestLaunches;
import dev.progeny.probes.testing.TestTrees;
import dev.progeny.probes.posix.PosixLauncher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each containment mechanism alone (the others switched off) still finds a descendant that
 * escaped the tree with setsid and a double fork, or by changing its group; and with none of
 * them the escapee is lost (the negative control).
 */
class LaunchFamilyContainmentTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private final PosixLauncher launcher = LinuxLaunching.launcher();
    private final LinuxProcessTable table = new LinuxProcessTable();
    private TestLaunches launches;

    @BeforeEach
    void startLaunches(TestInfo info) {
        launches = new TestLaunches(launcher, info.getTestMethod().orElseThrow().getName());
    }

    @AfterEach
    void cleanUp() throws InterruptedException {
        launches.close();
    }

    /** Each mechanism alone, against a setsid + double-fork daemon, a setsid child and a child that left its group. */
    @ParameterizedTest(name = "{0} alone finds the escapee of {2}")
    @CsvSource({
        "CGROUP, CGROUP, daemon.sh, daemon",
        "ENVIRONMENT_TAG, ENVIRONMENT_TAG, daemon.sh, daemon",
        "CGROUP, CGROUP, setsid.sh, session",
        "ENVIRONMENT_TAG, ENVIRONMENT_TAG, setsid.sh, session",
        "CGROUP, CGROUP, new-group.sh, group",
        "ENVIRONMENT_TAG, ENVIRONMENT_TAG, new-group.sh, group"})
    void eachMechanismAloneFindsAnEscapee(Containment mechanism, Reason reason, String script, String word)
            throws Exception {
        Assumptions.assumeTrue(!script.equals("new-group.sh") || Files.isExecutable(Path.of("/usr/bin/perl")),
                "new-group.sh needs perl");
        Launch launch = launch(LaunchSpec.of(TestTrees.command(script)).withContainment(Set.of(mechanism)));
        if (mechanism == Containment.CGROUP) {
            TestLaunches.assumeCgroup(launch);
        }
        assertThat(launch.containment()).as("in force: " + launch.unavailable()).contains(mechanism);
        int pid = printedPid(launch, word);
        assertThat(launch.waitFor(PATIENCE)).isPresent();
        Membership escapee = member(launch, pid).orElseThrow();
        assertThat(escapee.escaped()).isTrue();
        assertThat(escapee.process().pgid()).isNotEqualTo(launch.pid());
        assertThat(escapee.reasons()).containsExactly(reason);
    }

    /**
     * The subreaper alone brings the escapee back to Progeny but proves nothing about where it came
     * from (any launch's orphan, or a helper's, is adopted alike): with no lineage recorded it is
     * unclaimed, never this launch's member.
     */
    @ParameterizedTest(name = "the subreaper alone leaves the escapee of {0} unclaimed")
    @CsvSource({"daemon.sh, daemon", "setsid.sh, session", "new-group.sh, group"})
    void theSubreaperAloneLeavesAnEscapeeUnclaimed(String script, String word) throws Exception {
        Assumptions.assumeTrue(!script.equals("new-group.sh") || Files.isExecutable(Path.of("/usr/bin/perl")),
                "new-group.sh needs perl");
        Launch launch = launch(LaunchSpec.of(TestTrees.command(script)).withContainment(Set.of(Containment.SUBREAPER)));
        assertThat(launch.containment()).as("in force: " + launch.unavailable()).contains(Containment.SUBREAPER);
        int pid = printedPid(launch, word);
        assertThat(launch.waitFor(PATIENCE)).isPresent();
        int self = PosixLibc.INSTANCE.getpid();
        await().atMost(PATIENCE).until(() -> snapshot().process(pid).map(p -> p.ppid() == self).orElse(false));
        Snapshot snapshot = snapshot();
        Map<ProcessKey, LaunchIndex.Owner> owners = LaunchIndex.of(snapshot, List.of(launch));
        assertThat(owners.keySet()).extracting(ProcessKey::pid).doesNotContain(pid);
        assertThat(LaunchIndex.unclaimed(snapshot, owners.keySet(), self)).extracting(ProcessInfo::pid).contains(pid);
    }

    /** A double fork alone leaves the orphan in the launch's group: the floor and each mechanism find it. */
    @ParameterizedTest(name = "{0} alone finds a double-forked orphan")
    @CsvSource({"CGROUP, CGROUP", "ENVIRONMENT_TAG, ENVIRONMENT_TAG", "SUBREAPER, PROCESS_GROUP"})
    void eachMechanismAloneFindsADoubleForkedOrphan(Containment mechanism, Reason reason) throws Exception {
        Launch launch = launch(LaunchSpec.of(TestTrees.command("double-fork.sh")).withContainment(Set.of(mechanism)));
        if (mechanism == Containment.CGROUP) {
            TestLaunches.assumeCgroup(launch);
        }
        assertThat(launch.containment()).as("in force: " + launch.unavailable()).contains(mechanism);
        int pid = printedPid(launch, "orphan");
        assertThat(launch.waitFor(PATIENCE)).isPresent();
        Membership orphan = member(launch, pid).orElseThrow();
        assertThat(orphan.escaped()).isTrue();
        assertThat(orphan.process().pgid()).isEqualTo(launch.pid());
        assertThat(orphan.reasons()).contains(reason);
        if (mechanism == Containment.SUBREAPER) {
            assertThat(orphan.reasons()).as("found by its group, and back with Progeny").contains(Reason.ADOPTED);
        }
    }

    @Test
    void anOrphanOfAnotherProgramIsNeverClaimed() throws Exception {
        Launch tagged = launch(LaunchSpec.of("sleep", "30")
                .withContainment(Set.of(Containment.SUBREAPER, Containment.ENVIRONMENT_TAG)));
        int stranger = daemonOfAnotherProgram();
        assertThat(member(tagged, stranger)).isEmpty();

        // The subreaper alone cannot tell either, and no longer guesses: it leaves the stranger alone.
        Launch subreaperOnly = launch(LaunchSpec.of("sleep", "30").withContainment(Set.of(Containment.SUBREAPER)));
        int another = daemonOfAnotherProgram();
        assertThat(member(subreaperOnly, another)).isEmpty();
    }

    /** A daemon left by a ProcessBuilder child of this JVM with a tag of its own, adopted by the JVM as subreaper. */
    private int daemonOfAnotherProgram() throws Exception {
        // Through a file: once the script exits, Java closes its end of a pipe after taking what was
        // written so far, and the daemon may print its line after that.
        Path out = Files.createTempFile("progeny-daemon", ".txt");
        String line;
        try {
            ProcessBuilder pb = new ProcessBuilder(TestTrees.command("daemon.sh")).redirectErrorStream(true)
                    .redirectOutput(out.toFile());
            pb.environment().put(LaunchSpec.LAUNCH_TAG, launches.tag() + "-elsewhere");
            Process other = pb.start();
            assertThat(other.waitFor(30, TimeUnit.SECONDS)).isTrue();
            line = await().atMost(PATIENCE).until(() -> Files.readString(out), text -> text.endsWith("\n")).strip();
        } finally {
            Files.delete(out);
        }
        int pid = Integer.parseInt(line.replace("daemon ", "").trim());
        int self = PosixLibc.INSTANCE.getpid();
        await().atMost(PATIENCE).until(() -> snapshot().process(pid).map(p -> p.ppid() == self).orElse(false));
        return pid;
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

    private Optional<Membership> member(Launch launch, int pid) throws IOException {
        return launch.family().memberships(snapshot()).stream().filter(m -> m.process().pid() == pid).findFirst();
    }

    private Launch launch(LaunchSpec spec) throws Exception {
        return launches.launch(spec);
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
