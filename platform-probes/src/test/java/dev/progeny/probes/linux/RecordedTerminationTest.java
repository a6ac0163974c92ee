package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.progeny.probes.Platform;
import dev.progeny.probes.events.EventChoice;
import dev.progeny.probes.events.EventRecorder;
import dev.progeny.probes.launch.ExitStatus;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.terminate.Departure;
import dev.progeny.probes.terminate.TerminationReport;
import dev.progeny.probes.testing.TestLaunches;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * With an exact source (the proc connector, as root; skipped otherwise) a termination's exits
 * are the recorded ones: each with how it ended, and the processes a TERM handler forks and that
 * end between two readings of the table are among them.
 */
class RecordedTerminationTest {
    /** On TERM the root runs five children that exit 3, then exits 0; it idles in a loop until then. */
    private static final String ROOT = "trap 'for i in 1 2 3 4 5; do sh -c \"exit 3\"; done; exit 0' TERM; "
            + "echo ready; while :; do sleep 0.05; done";
    private final Platform platform = Platform.current();
    private final EventRecorder recorder = new EventRecorder(platform.events(), Duration.ZERO);
    private TestLaunches launches;

    @BeforeEach
    void start(TestInfo info) {
        launches = new TestLaunches(platform.launcher(), info.getTestMethod().orElseThrow().getName());
    }

    @AfterEach
    void cleanUp() throws InterruptedException {
        launches.close();
        recorder.close();
    }

    @Test
    void departuresCarryTheRecordedExitStatusEvenOfProcessesNoReadingCaught() throws Exception {
        EventChoice choice = recorder.start();
        // ptrace is exact but records only launches asked to be traced; these launches are not.
        assumeTrue(choice.source().exact() && choice.source().seesEveryProcess(),
                () -> "no exact source of every process here: " + choice.describe());
        Launch launch = launches.launch(LaunchSpec.of("sh", "-c", ROOT));
        recorder.launched(launch);
        await().atMost(Duration.ofSeconds(30)).until(() -> launch.output().text().contains("ready"));

        TerminationReport report = platform.terminator().escalate(launch.family(), Duration.ofSeconds(10));

        assertThat(report.clean()).isTrue();
        assertThat(report.departures()).filteredOn(d -> d.status().equals(Optional.of(new ExitStatus.Exited(3))))
                .hasSize(5).allMatch(d -> d.name().equals("sh"));
        assertThat(report.departures()).filteredOn(d -> d.process().equals(launch.root()))
                .singleElement().extracting(Departure::status).isEqualTo(Optional.of(new ExitStatus.Exited(0)));
        assertThat(report.departures()).isSortedAccordingTo(Comparator.comparing(Departure::seenAt));
        assertThat(launch.waitFor(Duration.ofSeconds(30))).isPresent();
    }
}
