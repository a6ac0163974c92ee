package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.progeny.probes.launch.Containment;
import dev.progeny.probes.launch.ExitStatus;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.launch.Membership;
import dev.progeny.probes.launch.Membership.Reason;
import dev.progeny.probes.posix.SelfGuard;
import dev.progeny.probes.terminate.FamilyTerminator;
import dev.progeny.probes.terminate.TerminationReport;
import dev.progeny.probes.testing.TestLaunches;
import dev.progeny.probes.testing.TestTrees;
import dev.progeny.probes.posix.PosixLauncher;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * A launch that asks for a cgroup where none can be made still runs, says why it has none, and
 * its family is still found and ended by the subreaper, the tag and the process group. The
 * launcher's cgroup2 mount is made up: a temporary directory that is not a cgroup.
 */
class CgroupFallbackTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    @TempDir
    Path notACgroup;
    private PosixLauncher launcher;
    private TestLaunches launches;

    @BeforeEach
    void startLaunches(TestInfo info) {
        String mountinfo = "41 31 0:38 / " + notACgroup + " rw,relatime - cgroup2 cgroup2 rw\n";
        launcher = LinuxLaunching.launcher(LinuxLaunching.binding(new LaunchCgroups(() -> CgroupV2.find(mountinfo, "0::/\n"))));
        launches = new TestLaunches(launcher, info.getTestMethod().orElseThrow().getName());
    }

    @AfterEach
    void cleanUp() throws InterruptedException {
        launches.close();
    }

    @Test
    void withoutACgroupTheOtherMechanismsStillHoldAndEndTheFamily() throws Exception {
        Launch launch = launches.launch(LaunchSpec.of(TestTrees.command("daemon.sh")));

        assertThat(launch.unavailable())
                .containsEntry(Containment.CGROUP, notACgroup + " is not a cgroup2 directory (no cgroup.procs)");
        assertThat(launch.containment()).doesNotContain(Containment.CGROUP)
                .contains(Containment.PROCESS_GROUP, Containment.SUBREAPER, Containment.ENVIRONMENT_TAG);
        assertThat(launch.family().cgroup()).isEmpty();
        int daemon = printedPid(launch);
        assertThat(launch.waitFor(PATIENCE)).contains(new ExitStatus.Exited(0));

        Membership escapee = launch.family().memberships(new LinuxProcessTable().snapshot()).stream()
                .filter(m -> m.process().pid() == daemon).findFirst().orElseThrow();
        assertThat(escapee.escaped()).isTrue();
        assertThat(escapee.reasons()).contains(Reason.ADOPTED, Reason.ENVIRONMENT_TAG);

        FamilyTerminator terminator = new FamilyTerminator(new LinuxProcessTable(),
                new LinuxSignalSender(SelfGuard.create()));
        TerminationReport report = terminator.escalate(launch.family(), Duration.ofSeconds(5));
        assertThat(report.survivors()).isEmpty();
        assertThat(report.ran(TerminationReport.Stage.CGROUP_KILL)).isFalse();
        await().atMost(PATIENCE).until(() -> new LinuxProcessTable().snapshot().process(daemon)
                .map(p -> p.isZombie()).orElse(true));
    }

    private static int printedPid(Launch launch) {
        Pattern pattern = Pattern.compile("daemon (\\d+)");
        await().atMost(PATIENCE).until(() -> pattern.matcher(launch.output().text()).find());
        Matcher m = pattern.matcher(launch.output().text());
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
