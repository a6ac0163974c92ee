package dev.progeny.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.progeny.probes.Platform;
import dev.progeny.probes.launch.Isolation;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.testing.LaunchCleanup;
import dev.progeny.probes.testing.TaggedProcesses;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KillCommandTest {
    private final String tag = TaggedProcesses.newTestTag("kill-command");
    private final long since = LaunchCleanup.mark();
    private final List<Launch> launches = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @AfterEach
    void cleanUp() throws InterruptedException {
        LaunchCleanup.endAll(tag, Platform.current().launcher().rootPids(), since);
        for (Launch launch : launches) {
            launch.waitFor(Duration.ofSeconds(30));
            launch.close();
        }
        LaunchCleanup.reapZombies(Platform.current().launcher().rootPids(), since);
        assertThat(TaggedProcesses.alive(tag)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "--signal NOPE --group 12345      | unknown signal 'NOPE'",
            "--signal 99 --group 12345        | unknown signal '99'",
            "--signal 34 --group 12345        | '34' is a real-time signal; only the standard signals are supported",
            "--signal RTMIN+2 --group 12345   | 'RTMIN+2' is a real-time signal",
            "--signal SIGRTMAX --group 12345  | 'SIGRTMAX' is a real-time signal",
            "--tree 1                         | --tree: 1 is not",
            "--group 0                        | --group: 0 is not",
            "--session=-1                     | --session: -1 is not",
            "--group abc                      | 'abc' is not an int",
            "--grace 5x --group 12345         | '5x' is not a duration",
            "--group 12345 --session 12345    | mutually exclusive",
            "--escalate                       | Missing required argument"})
    void badInputExitsWith2(String args, String message) {
        assertThat(run(args.trim().split("\\s+"))).isEqualTo(2);
        assertThat(err.toString()).startsWith("progeny: ").contains(message);
    }

    @Test
    void refusesProgenysOwnGroupAndSessionWithStatus2() {
        int pgid = Platform.current().terminator().guard().ownPgid();
        int sid = Platform.current().terminator().guard().ownSid();
        assertThat(run("--group", Integer.toString(pgid))).isEqualTo(2);
        assertThat(err.toString()).contains(refusal(pgid, "Progeny's own group"));
        assertThat(run("--session", Integer.toString(sid))).isEqualTo(2);
        assertThat(err.toString()).contains(refusal(sid, "Progeny's own session"));
    }

    /** In a container the session leader may lie outside the pid namespace: the id reads 0, refused as a number. */
    private static String refusal(int ownId, String ownMessage) {
        return ownId > 1 ? ownMessage : "must be > 1";
    }

    @Test
    void escalatesASessionToZeroSurvivorsWithStatus0() throws Exception {
        Launch launch = launchSleepers("trap '' TERM; sleep 1000 & sleep 1000 & wait");
        assertThat(run("--escalate", "--grace", "300ms", "--session", Integer.toString(launch.pid()))).isEqualTo(0);
        assertThat(out.toString()).contains("SIGTERM", "SIGKILL", "exited", "clean:").doesNotContain("survivor");
        assertThat(TaggedProcesses.alive(tag)).isEmpty();
    }

    @Test
    void endsATreeWithASignalGivenByNumber() throws Exception {
        Launch launch = launchSleepers("sleep 1000 & sleep 1000 & wait");
        assertThat(run("--signal", "15", "--tree", Integer.toString(launch.pid()))).isEqualTo(0);
        assertThat(out.toString()).contains("SIGTERM").contains("clean:");
        assertThat(TaggedProcesses.alive(tag)).isEmpty();
    }

    @Test
    void reportsSurvivorsWithStatus1() throws Exception {
        Launch launch = launchSleepers("sleep 1000 & sleep 1000 & wait");
        assertThat(run("--signal", "STOP", "--grace", "100ms", "--group", Integer.toString(launch.pid()))).isEqualTo(1);
        assertThat(out.toString()).contains("survivor").contains("stopped").contains("NOT clean");
    }

    private Launch launchSleepers(String script) throws Exception {
        Launch launch = Platform.current().launcher().launch(LaunchSpec.of("sh", "-c", script)
                .withIsolation(Isolation.SESSION).withEnvironment(LaunchSpec.LAUNCH_TAG, tag));
        launches.add(launch);
        await().atMost(Duration.ofSeconds(30)).until(() -> TaggedProcesses.alive(tag).size() >= 3);
        return launch;
    }

    private int run(String... args) {
        List<String> argv = new ArrayList<>(List.of("kill"));
        argv.addAll(List.of(args));
        return ProgenyCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), argv.toArray(String[]::new));
    }
}
