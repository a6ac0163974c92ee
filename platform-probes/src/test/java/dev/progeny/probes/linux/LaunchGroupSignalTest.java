package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.progeny.probes.Platform;
import dev.progeny.probes.Signal;
import dev.progeny.probes.launch.ExitStatus;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.launch.Membership;
import dev.progeny.probes.terminate.Delivery;
import dev.progeny.probes.testing.TaggedProcesses;
import dev.progeny.probes.testing.TestLaunches;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * A launch signals its process group through the platform's guarded sender: in Progeny's own
 * session (as a shell signals its job), after its root has been reaped (through a live member),
 * and never once the group's number names someone else's group.
 */
class LaunchGroupSignalTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Path NS_LAST_PID = Path.of("/proc/sys/kernel/ns_last_pid");

    private TestLaunches launches;
    private Process bystander;

    @BeforeEach
    void startLaunches(TestInfo info) {
        launches = new TestLaunches(Platform.current().launcher(), info.getTestMethod().orElseThrow().getName());
    }

    @AfterEach
    void cleanUp() throws InterruptedException {
        if (bystander != null) {
            bystander.destroyForcibly().waitFor();
        }
        launches.close();
    }

    @Test
    void theGroupOfALaunchInProgenysSessionIsSignalledWhole() throws Exception {
        Launch launch = launches.launch(LaunchSpec.of("sleep", "300"));

        Delivery term = launch.signalGroup(Signal.TERM);

        assertThat(term.outcome()).isEqualTo(Delivery.Outcome.SENT);
        assertThat(term.scope()).isEqualTo(Delivery.Scope.GROUP);
        assertThat(launch.waitFor(PATIENCE)).contains(new ExitStatus.Killed(15, false));
    }

    @Test
    void afterTheRootIsReapedALiveMemberVouchesForTheGroup() throws Exception {
        Launch launch = launches.launch(LaunchSpec.of("sh", "-c", "sleep 300 & echo $!"));
        assertThat(launch.waitFor(PATIENCE)).contains(new ExitStatus.Exited(0));
        int sleeper = Integer.parseInt(await().atMost(PATIENCE).until(() -> launch.output().text().trim(), s -> !s.isEmpty()));

        Delivery term = launch.signalGroup(Signal.TERM);

        assertThat(term.outcome()).isEqualTo(Delivery.Outcome.SENT);
        assertThat(term.target().pid()).isEqualTo(sleeper);
        await().atMost(PATIENCE).until(() -> !isAlive(sleeper));
    }

    @Test
    void withNoMemberLeftItSaysSoAndSendsNothing() throws Exception {
        Launch launch = launches.launch(LaunchSpec.of("true"));
        assertThat(launch.waitFor(PATIENCE)).contains(new ExitStatus.Exited(0));

        Delivery term = launch.signalGroup(Signal.TERM);

        assertThat(term.outcome()).isEqualTo(Delivery.Outcome.GONE);
        assertThat(term.detail()).contains("no live member");
    }

    /**
     * The group's number freed and taken by an unrelated process leading a group of its own (the
     * pid made to come round again through {@code ns_last_pid}, root only): kill(2) on the old
     * number would hit it, the guarded sender finds no member of the launch and sends nothing.
     */
    @Test
    void aGroupNumberTakenByAnotherProcessIsNeverSignalled() throws Exception {
        assumeTrue(Files.isWritable(NS_LAST_PID), "needs root to steer pid allocation through ns_last_pid");
        Launch launch = launches.launch(LaunchSpec.of("sleep", "300"));
        int pgid = launch.pid();
        assertThat(launch.signalGroup(Signal.KILL).sent()).isTrue();
        assertThat(launch.waitFor(PATIENCE)).contains(new ExitStatus.Killed(9, false));
        bystander = startWithPid(pgid);
        assumeTrue(bystander != null, "another process took pid " + pgid + " every time");
        await().atMost(PATIENCE).until(() -> Platform.current().processTable().snapshot().process(pgid)
                .filter(p -> p.pgid() == pgid && p.name().equals("sleep")).isPresent());

        Delivery kill = launch.signalGroup(Signal.KILL);

        // Failed once in a full CI-like run (SENT): say which membership vouched for the bystander.
        List<Membership> seen = launch.family().memberships(Platform.current().processTable().snapshot());
        assertThat(kill.outcome()).as(() -> kill + "; members then: " + seen).isEqualTo(Delivery.Outcome.GONE);
        assertThat(bystander.waitFor(200, TimeUnit.MILLISECONDS)).as("bystander untouched").isFalse();
    }

    /** {@code setsid sleep 300} with exactly {@code pid}, so it leads group {@code pid}; null if the pid was taken. */
    private static Process startWithPid(int pid) throws IOException, InterruptedException {
        String tag = TaggedProcesses.newTestTag("bystander");
        for (int attempt = 0; attempt < 50; attempt++) {
            Files.writeString(NS_LAST_PID, Integer.toString(pid - 1));
            ProcessBuilder pb = new ProcessBuilder("setsid", "sleep", "300");
            pb.environment().put("PROGENY_LAUNCH", tag);
            Process p = pb.start();
            if (p.pid() == pid) {
                return p;
            }
            p.destroyForcibly().waitFor();
        }
        return null;
    }

    private static boolean isAlive(int pid) throws IOException {
        return Platform.current().processTable().snapshot().process(pid).filter(p -> p.state().isAlive()).isPresent();
    }
}
