package dev.progeny.app.gui.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.progeny.app.gui.common.Notices;
import dev.progeny.probes.Platform;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.launch.OutputLog;
import dev.progeny.probes.testing.LaunchCleanup;
import dev.progeny.probes.testing.TaggedProcesses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output pane's model on real launches: lines, streams, the window and its spill file, search, save. */
class OutputViewModelTest {
    private static final int MANY = OutputViewModel.MAX_LINES * 20;

    @TempDir
    Path dir;
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

    /**
     * Runs {@code script} to its end, its output captured from the first byte as the window's
     * launcher does, and only then makes the model (as a busy FX thread may): everything drained.
     */
    private OutputViewModel finished(String script) throws Exception {
        OutputCapture capture = OutputViewModel.capture(dir.resolve(launches.size() + ".out"), 1L << 30);
        Launch launch = launch(script, capture);
        return drained(new OutputViewModel(launch, executor, capture));
    }

    private Launch launch(String script, OutputLog.Listener output) throws Exception {
        Launch launch = Platform.current().launcher().launch(
                LaunchSpec.of("/bin/sh", "-c", script).withEnvironment(LaunchSpec.LAUNCH_TAG, tag), output);
        launches.add(launch);
        assertThat(launch.output().awaitFinished(Duration.ofSeconds(30))).isTrue();
        return launch;
    }

    private OutputViewModel drained(OutputViewModel model) {
        model.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            executor.runFx();
            return !model.statusProperty().get().equals("running") && model.finishedProperty().get();
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
        assertThat(model.dropNoticeProperty().get()).isEmpty();
    }

    @Test
    void theWindowKeepsTheNewestLinesAndSaysHowManyEarlierOnesItDoesNotHoldAndWhere() throws Exception {
        OutputViewModel model = finished("seq 1 " + (OutputViewModel.MAX_LINES + 50));

        assertThat(model.lines()).hasSize(OutputViewModel.MAX_LINES);
        assertThat(model.lines().getFirst().text()).isEqualTo("51");
        assertThat(model.lines().getLast().text()).isEqualTo(Integer.toString(OutputViewModel.MAX_LINES + 50));
        assertThat(model.firstLineProperty().get()).isEqualTo(50);
        assertThat(model.dropNoticeProperty().get())
                .isEqualTo("50 earlier lines are not shown here; all 10,050 lines are in the spill file (search and Save output cover it).");
    }

    @Test
    void aSearchCoversTheEarlierLinesAndShowsAPageOfThem() throws Exception {
        OutputViewModel model = finished("seq 1 " + MANY);
        OutputSearch search = model.search();

        search.queryProperty().set("10005");
        executor.runFx();
        // 10005, 100050..100059 and 110005: all before the window, which holds the last 10,000 lines.
        assertThat(search.summaryProperty().get()).isEqualTo("12 matches (12 in earlier lines)");
        assertThat(search.next()).isTrue();
        executor.runFx();
        assertThat(search.currentProperty().get()).isEqualTo(10004L);
        OutputSearch.Page page = search.pageProperty().get();
        assertThat(page.lines().get((int) (10004 - page.first())).text()).isEqualTo("10005");
        assertThat(search.summaryProperty().get()).startsWith("1 of 12");

        search.backToLive();
        assertThat(search.pageProperty().get()).isNull();
    }

    @Test
    void aSearchThatFindsNothingSaysSo() throws Exception {
        OutputViewModel model = finished("echo Alpha; echo beta; echo ALPHABET");
        model.search().queryProperty().set("delta");
        executor.runFx();
        assertThat(model.search().summaryProperty().get()).isEqualTo("no match");
        assertThat(model.search().next()).isFalse();

        model.search().queryProperty().set("alpha");
        executor.runFx();
        assertThat(model.search().summaryProperty().get()).isEqualTo("2 matches");
        assertThat(model.search().next()).isTrue();
        assertThat(model.search().currentProperty().get()).isZero();
    }

    @Test
    void aLaunchFollowedOnlyOnceItsLogHadDroppedBytesSaysSo() throws Exception {
        Launch launch = launch("seq 1 " + MANY, OutputLog.Listener.NONE);
        long dropped = launch.output().droppedBytes();
        assertThat(dropped).isPositive();

        OutputViewModel model = drained(new OutputViewModel(launch, executor, dir.resolve("late.out"), 1L << 30));

        assertThat(model.lines().getLast().text()).isEqualTo(Integer.toString(MANY));
        assertThat(model.dropNoticeProperty().get()).startsWith(String.format(Locale.ROOT,
                "The first %,d bytes of output came before the window followed this launch and were not kept. ", dropped));
    }

    @Test
    void saveWritesTheWholeOutputAndRemovingTheLaunchRemovesItsSpillFile() throws Exception {
        OutputViewModel model = finished("seq 1 " + MANY + "; echo done >&2");
        Path target = dir.resolve("saved.log");
        Notices notices = new Notices();

        new OutputSaver(executor, notices).write(model, target);
        executor.runFx();

        List<String> saved = Files.readAllLines(target);
        assertThat(saved).hasSize(MANY + 1);
        assertThat(saved.getFirst()).isEqualTo("1");
        // stderr's line sits where it was read among stdout's (the two pipes are read apart).
        assertThat(saved).contains("done", "200000");
        assertThat(notices.all().getFirst().summary()).startsWith("Saved 200,001 lines of launch ");

        Path spill = model.spill().path();
        assertThat(spill).exists();
        model.dispose();
        executor.runFx();
        assertThat(spill).doesNotExist();
    }
}
