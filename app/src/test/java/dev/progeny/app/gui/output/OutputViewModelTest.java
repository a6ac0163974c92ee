package dev.progeny.app.gui.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.progeny.probes.Platform;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.launch.OutputLog;
import dev.progeny.probes.testing.LaunchCleanup;
import dev.progeny.probes.testing.TaggedProcesses;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The output pane's model on real launches: lines, streams, bound, search, exit status. */
class OutputViewModelTest {
    private final String tag = TaggedProcesses.newTestTag("output");
    private final long mark = LaunchCleanup.mark();
    private final List<Launch> launches = new ArrayList<>();
    private final ManualFxExecutor executor = new ManualFxExecutor();

    @AfterEach
    void end() {
        LaunchCleanup.endAll(tag, Set.copyOf(launches.stream().map(Launch::pid).toList()), mark);
        launches.forEach(Launch::close);
        assertThat(TaggedProcesses.alive(tag)).isEmpty();
    }

    /** Runs {@code script} to its end and returns the model with everything drained. */
    private OutputViewModel finished(String script) throws Exception {
        return finished(script, "");
    }

    private OutputViewModel finished(String script, String query) throws Exception {
        Launch launch = Platform.current().launcher().launch(
                LaunchSpec.of("/bin/sh", "-c", script).withEnvironment(LaunchSpec.LAUNCH_TAG, tag));
        launches.add(launch);
        OutputViewModel model = new OutputViewModel(launch, executor);
        model.queryProperty().set(query);
        model.start();
        assertThat(launch.output().awaitFinished(Duration.ofSeconds(30))).isTrue();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            executor.runFx();
            return !model.statusProperty().get().equals("running");
        });
        executor.runFx();
        return model;
    }

    @Test
    void linesKeepTheirStreamAndTheExitStatusIsShown() throws Exception {
        OutputViewModel model = finished("echo one; echo two >&2; printf 'no newline'; exit 3");

        assertThat(model.lines()).contains(new OutputLine(OutputLog.Stream.STDOUT, "one"),
                new OutputLine(OutputLog.Stream.STDERR, "two"), new OutputLine(OutputLog.Stream.STDOUT, "no newline"));
        assertThat(model.lines().stream().filter(OutputLine::isError)).hasSize(1);
        assertThat(model.statusProperty().get()).isEqualTo("exited 3");
    }

    @Test
    void thePaneKeepsOnlyTheNewestLines() throws Exception {
        OutputViewModel model = finished("seq 1 " + (OutputViewModel.MAX_LINES + 50));

        assertThat(model.lines()).hasSize(OutputViewModel.MAX_LINES);
        assertThat(model.lines().getFirst().text()).isEqualTo("51");
        assertThat(model.lines().getLast().text()).isEqualTo(Integer.toString(OutputViewModel.MAX_LINES + 50));
        assertThat(model.droppedLines()).isEqualTo(50);
    }

    @Test
    void aFloodWaitingForTheFxThreadIsCutToItsNewestBytes() throws Exception {
        // 5 MB while the "FX thread" is busy: only the newest PENDING_LIMIT bytes are split into lines.
        OutputViewModel model = finished("head -c 5000000 /dev/zero | tr '\\0' x | fold -w 99; echo; echo last");

        assertThat(model.droppedBytes()).isGreaterThan(4_000_000);
        assertThat(model.lines().size()).isLessThanOrEqualTo((int) (OutputViewModel.PENDING_LIMIT / 100) + 2);
        assertThat(model.lines().getLast().text()).isEqualTo("last");
    }

    @Test
    void aSearchTypedBeforeTheOutputFollowsItAsLinesArriveAndAreCut() throws Exception {
        OutputViewModel model = finished("seq 1 " + (OutputViewModel.MAX_LINES + 50), "1005");

        // Lines 51..10050 are kept, so value v sits at index v - 51.
        assertThat(model.matches()).containsExactly(1005 - 51, 10050 - 51);
        List<Integer> live = List.copyOf(model.matches());
        model.queryProperty().set("");
        model.queryProperty().set("1005");
        assertThat(model.matches()).isEqualTo(live);
    }

    @Test
    void searchFindsLinesIgnoringCaseAndStepsThroughThemRoundTheEnd() throws Exception {
        OutputViewModel model = finished("echo Alpha; echo beta; echo ALPHABET; echo gamma");

        model.queryProperty().set("alpha");
        assertThat(model.matches()).containsExactly(0, 2);
        assertThat(model.currentMatchProperty().get()).isZero();
        assertThat(model.nextMatch()).isEqualTo(2);
        assertThat(model.nextMatch()).isZero();
        assertThat(model.previousMatch()).isEqualTo(2);

        model.queryProperty().set("delta");
        assertThat(model.matches()).isEmpty();
        assertThat(model.nextMatch()).isEqualTo(-1);
    }
}
