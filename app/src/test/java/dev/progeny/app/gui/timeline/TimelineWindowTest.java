package dev.progeny.app.gui.timeline;

import static dev.progeny.app.gui.testing.FxQueries.clickRow;
import static dev.progeny.app.gui.testing.FxQueries.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.progeny.app.gui.MainWindowBuilder;
import dev.progeny.app.gui.WatchFeature;
import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.gui.common.BackgroundTaskExecutor;
import dev.progeny.app.gui.testing.WindowLaunches;
import dev.progeny.app.gui.lifecycle.LaunchingFeature;
import dev.progeny.probes.Platform;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.testing.LaunchCleanup;
import dev.progeny.probes.testing.TaggedProcesses;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Drives the real window headless (Monocle): a launch whose short children exit 0, 3 and 1 shows
 * its tally in its header and every process on the Timeline tab; "only failed" keeps the two
 * failures; a bar selected with the keys selects the process in the tree, and a row clicked in
 * the tree selects its bar. The status bar names the event source. Launches carry this test's
 * tag; the oracle is {@link TaggedProcesses}, reading /proc directly.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineWindowTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final String tag = TaggedProcesses.newTestTag("gui-timeline");
    private final long mark = LaunchCleanup.mark();
    private AppState state;
    private TimelineFeature timeline;

    @Start
    void start(Stage stage) {
        state = new AppState(Platform.current(), new BackgroundTaskExecutor());
        WatchFeature watch = new WatchFeature();
        timeline = new TimelineFeature(watch);
        MainWindowBuilder.build(stage, state,
                List.of(watch, new LaunchingFeature(Map.of(LaunchSpec.LAUNCH_TAG, tag)), timeline));
        stage.show();
    }

    @AfterEach
    void endEverything() throws Exception {
        WindowLaunches.endAll(state, tag, mark);
    }

    private static String text(FxRobot robot, String id) throws Exception {
        return onFx(() -> robot.lookup("#" + id).queryAs(Labeled.class).getText());
    }

    private boolean exact() {
        return state.events().choice().map(c -> c.source().exact()).orElse(false);
    }

    @Test
    void theTimelineShowsEveryProcessAndSelectsWithTheTree(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        robot.write("/bin/true; (exit 3); /bin/false; sleep 300");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        await().atMost(PATIENCE).until(() -> onFx(() -> state.launches().size()) == 1);
        Launch launch = onFx(() -> state.launches().getFirst());
        await().atMost(PATIENCE).until(() -> TaggedProcesses.alive(tag).size() == 2); // sh and sleep

        await().atMost(PATIENCE).until(() -> text(robot, "status-events").startsWith("events: "));
        if (exact()) {
            // Short children no reading of the table could catch are in the tally.
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(onFx(() -> robot.lookup((Node n) -> n instanceof Labeled)
                    .queryAllAs(Labeled.class).stream().map(Labeled::getText).filter(t -> t != null && t.contains(" ran"))
                    .toList())).anyMatch(t -> t.matches("running, .* · \\d+ ran · 2 failed · 0 killed")));
        }

        robot.clickOn("Timeline");
        TimelineViewModel vm = timeline.viewModel();
        int all = exact() ? 5 : 2;
        await().atMost(PATIENCE).until(() -> onFx(() -> vm.rowsProperty().get().bars().size()) >= all);
        if (exact()) {
            robot.clickOn("#timeline-only-failed");
            await().atMost(PATIENCE).until(() -> onFx(() -> vm.rowsProperty().get().bars().stream()
                    .map(b -> b.kind()).toList()).equals(List.of(TimelineBar.Kind.FAILED, TimelineBar.Kind.FAILED)));
            robot.clickOn("#timeline-only-failed");
            await().atMost(PATIENCE).until(() -> onFx(() -> vm.rowsProperty().get().bars().size()) >= all);
        }

        // Keys on the canvas: the first bar is the launch's root; the tree selects it.
        robot.clickOn("#timeline-fit");
        robot.interact(() -> robot.lookup("#timeline-area").query().requestFocus());
        robot.press(KeyCode.HOME).release(KeyCode.HOME);
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        ProcessKey first = onFx(() -> vm.rowsProperty().get().bars().getFirst().record().key());
        assertThat(first).isEqualTo(launch.root());
        await().atMost(PATIENCE).until(() -> onFx(() -> state.selectionProperty().get() != null
                && state.selectionProperty().get().process().map(p -> p.key().equals(first)).orElse(false)));
        assertThat(text(robot, "timeline-info")).startsWith("pid " + launch.pid() + " · ");

        // A row clicked in the tree selects its bar.
        ProcessInfo sleeper = launch.family().members(Platform.current().processTable().snapshot()).stream()
                .filter(p -> p.name().equals("sleep")).findFirst().orElseThrow();
        clickRow(robot, sleeper.pid());
        await().atMost(PATIENCE).until(() -> sleeper.key().equals(onFx(() -> vm.selectedProperty().get())));
        await().atMost(PATIENCE).until(() -> text(robot, "timeline-info").matches("pid " + sleeper.pid()
                + " · .* · running · sleep 300( \\(after 1 exec\\))?")); // forked as sh, then exec'd sleep
        // The info line may be cut; its tooltip holds the whole text.
        assertThat(onFx(() -> robot.lookup("#timeline-info").queryAs(Label.class).getTooltip().getText()))
                .isEqualTo(text(robot, "timeline-info"));
        // Pan and zoom with the keys redraw the visible rows only.
        for (KeyCode k : List.of(KeyCode.PLUS, KeyCode.PLUS, KeyCode.RIGHT, KeyCode.LEFT, KeyCode.MINUS)) {
            robot.interact(() -> robot.lookup("#timeline-area").query().requestFocus());
            robot.press(k).release(k);
        }
        System.out.printf("timeline: last frame drew in %.2f ms%n", onFx(() -> timeline.view().lastDrawNanos()) / 1e6);
    }
}
