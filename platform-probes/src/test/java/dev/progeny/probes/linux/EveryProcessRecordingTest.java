package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.progeny.probes.events.EventChoice;
import dev.progeny.probes.events.EventRecorder;
import dev.progeny.probes.events.EventSources;
import dev.progeny.probes.events.LaunchHistory;
import dev.progeny.probes.events.ProcessRecord;
import dev.progeny.probes.events.SourceOpening;
import dev.progeny.probes.launch.ExitStatus;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchSpec;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The window's history of every process: ptrace, which sees only traced launches, is passed over
 * for polling, and a traced launch is still recorded exactly, by its own source, into the same
 * history.
 */
class EveryProcessRecordingTest {
    @RegisterExtension
    final TracedLaunches launches = new TracedLaunches();
    private final LinuxProcessTable table = new LinuxProcessTable();

    @Test
    void aTracedLaunchIsRecordedExactlyWhileEverythingElseIsPolled() throws Exception {
        EventSources onlyPtrace = new EventSources(List.of(() -> new SourceOpening.Opened(Tracer.shared().events())), table);
        try (EventRecorder recorder = EventRecorder.ofEveryProcess(onlyPtrace)) {
            recorder.observe(table.snapshot());
            EventChoice choice = recorder.choice().orElseThrow();
            assertThat(choice.source().exact()).isFalse();
            assertThat(choice.describe()).endsWith("ptrace unavailable: sees only launches started traced"
                    + " (each of those is recorded on its own)");

            Launch launch = launches.launch(LaunchSpec.of("sh", "-c", "sh -c 'exit 3'; exit 5").traced(true));
            recorder.launched(launch);

            assertThat(launch.waitFor(TracedLaunches.PATIENCE)).contains(new ExitStatus.Exited(5));
            LaunchHistory recorded = await().atMost(TracedLaunches.PATIENCE)
                    .until(() -> recorder.history().view().launch(launch.id()),
                            h -> h.records().size() == 2 && h.records().stream().allMatch(ProcessRecord::ended));
            assertThat(recorded.records()).extracting(r -> r.status().orElseThrow())
                    .containsExactly(new ExitStatus.Exited(5), new ExitStatus.Exited(3));
        }
    }
}
