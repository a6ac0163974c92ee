package dev.progeny.app.gui.theme;

import static dev.progeny.app.gui.testing.FxQueries.onFx;
import static dev.progeny.app.gui.testing.Procs.proc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.progeny.app.gui.MainWindow;
import dev.progeny.app.gui.MainWindowBuilder;
import dev.progeny.app.gui.WatchFeature;
import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.gui.common.BackgroundTaskExecutor;
import dev.progeny.app.gui.common.Notice;
import dev.progeny.app.gui.lifecycle.LaunchingFeature;
import dev.progeny.app.gui.processtree.RowId;
import dev.progeny.app.gui.testing.FixedPlatform;
import dev.progeny.app.gui.testing.Procs;
import dev.progeny.app.gui.testing.ShellLaunch;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessState;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.testing.LaunchCleanup;
import dev.progeny.probes.testing.TaggedProcesses;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Renders the real window in the light and the dark appearance, with rows of every kind, a
 * message of every kind and output on both streams, and computes the WCAG contrast of every
 * visible text against the background it is drawn on: AA asks 4.5:1.
 */
@ExtendWith(ApplicationExtension.class)
class ThemeContrastTest {
    private static final double AA = 4.5;
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final String tag = TaggedProcesses.newTestTag("contrast");
    private final long mark = LaunchCleanup.mark();
    private final FixedPlatform platform = new FixedPlatform();
    private final ProcessInfo init = proc(1, 0, 1, 1, "init");
    private final ProcessInfo shell = proc(10, 1, 10, 10, "bash");
    private final ProcessInfo zombie = proc(12, 10, 10, 10, "defunct", ProcessState.ZOMBIE, 0);
    private final ProcessInfo stopped = proc(13, 10, 13, 10, "paused", ProcessState.STOPPED, 0);
    private final ProcessInfo busy = proc(14, 10, 14, 10, "make", ProcessState.RUNNING, 0);
    private AppState state;
    private MainWindow window;
    private WatchFeature watch;
    private Launch launch;

    @Start
    void start(Stage stage) throws Exception {
        platform.setSnapshot(Procs.snapshot(System.currentTimeMillis(), init, shell, zombie, stopped, busy));
        state = new AppState(platform, new BackgroundTaskExecutor());
        watch = new WatchFeature();
        window = MainWindowBuilder.build(stage, state, List.of(watch, new LaunchingFeature(Map.of(LaunchSpec.LAUNCH_TAG, tag))));
        launch = ShellLaunch.start(tag, "echo to stdout; echo to stderr >&2");
        state.launches().add(launch);
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
    }

    @AfterEach
    void end() throws Exception {
        LaunchCleanup.endAll(tag, Set.of(launch.pid()), mark);
        FxToolkit.hideStage();
        state.executor().shutdown();
        launch.close();
        assertThat(TaggedProcesses.alive(tag)).isEmpty();
    }

    @Test
    void everyTextReadsAtAaContrastInTheLightAppearance(FxRobot robot) throws Exception {
        check(readAll(robot));
    }

    /** The readings cover what matters (rows, badges, messages, output, switches) and none is below AA. */
    private static void check(List<Contrast.Reading> readings) {
        assertThat(readings).extracting(Contrast.Reading::text).contains("Z zombie", "T stopped", "to stderr", "to stdout",
                "\u2716 error", "\u26A0 warning", "\u2714 done", "\u2139 info", "Whole system", "Launches", "defunct");
        assertThat(readings.stream().filter(r -> r.ratio() < AA).map(Contrast.Reading::toString).distinct())
                .as("texts below %s:1", AA).isEmpty();
    }

    @Test
    void everyTextReadsAtAaContrastInTheDarkAppearance(FxRobot robot) throws Exception {
        onFx(() -> {
            Menu appearance = (Menu) window.viewMenu().getItems().stream().filter(i -> i.getText() != null && i.getText().contains("Appearance"))
                    .findFirst().orElseThrow();
            appearance.getItems().stream().filter(i -> i.getText().equals("Dark")).findFirst().ifPresent(MenuItem::fire);
            return null;
        });
        assertThat(onFx(() -> window.scene().getRoot().getStyleClass().contains("dark"))).isTrue();
        check(readAll(robot));
    }

    /** The texts of each state worth seeing: launches, the whole system with a selection, the output. */
    private List<Contrast.Reading> readAll(FxRobot robot) throws Exception {
        List<Contrast.Reading> low = new ArrayList<>();
        RowId header = RowId.launch(launch.id());
        await().atMost(PATIENCE).until(() -> onFx(() -> watch.tree().model().contains(header)));
        select(header);
        low.addAll(below(robot));

        onFx(() -> {
            watch.tree().systemViewProperty().set(true);
            return null;
        });
        RowId z = RowId.process(RowId.SYSTEM, zombie.key());
        await().atMost(PATIENCE).until(() -> onFx(() -> watch.tree().model().contains(z)));
        select(z);
        robot.clickOn("#process-tree");
        select(z);
        low.addAll(below(robot));

        onFx(() -> {
            window.bottomTabs().getSelectionModel().select(window.bottomTabs().getTabs().stream()
                    .filter(t -> t.getText().equals("Output")).findFirst().orElseThrow());
            return null;
        });
        await().atMost(PATIENCE).until(() -> onFx(() -> robot.lookup(".output-line.stderr").tryQuery().isPresent()));
        // The messages, two at a time so each is in view.
        for (List<Notice.Severity> two : List.of(List.of(Notice.Severity.ERROR, Notice.Severity.WARNING),
                List.of(Notice.Severity.DONE, Notice.Severity.INFO))) {
            onFx(() -> {
                state.notices().all().clear();
                for (Notice.Severity s : two) {
                    state.notices().post(Notice.of(s, "A message of kind " + s.word()).withDetails(List.of("a detail"))
                            .withActions(s == Notice.Severity.WARNING ? List.of(new Notice.Action("End them", () -> { }))
                                    : List.of()));
                }
                return null;
            });
            low.addAll(below(robot));
        }
        return low;
    }

    private void select(RowId row) throws Exception {
        onFx(() -> {
            watch.tree().selectedRowProperty().set(row);
            return null;
        });
    }

    private List<Contrast.Reading> below(FxRobot robot) throws Exception {
        Thread.sleep(300);
        return onFx(() -> Contrast.readings(window.scene().getRoot()));
    }
}
