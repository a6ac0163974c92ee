package dev.progeny.app.gui.output;

import static dev.progeny.app.gui.testing.FxQueries.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import dev.progeny.app.gui.MainWindow;
import dev.progeny.app.gui.MainWindowBuilder;
import dev.progeny.app.gui.WatchFeature;
import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.gui.common.BackgroundTaskExecutor;
import dev.progeny.app.gui.lifecycle.LaunchingFeature;
import dev.progeny.app.gui.testing.WindowLaunches;
import dev.progeny.probes.Platform;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.testing.LaunchCleanup;
import dev.progeny.probes.testing.TaggedProcesses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Output tab of the real window (Monocle): what it says about lines it does not hold, the
 * search key over the whole output (spill file included), what it says before any output, and its
 * tool bar at the smallest and a large window size.
 */
@ExtendWith(ApplicationExtension.class)
class OutputWindowTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    static Path cache;

    private final String tag = TaggedProcesses.newTestTag("gui-output");
    private final long mark = LaunchCleanup.mark();
    private AppState state;
    private MainWindow window;
    private Stage stage;

    @BeforeAll
    static void spillIntoTheTempDir() {
        System.setProperty(SpillFiles.CACHE_DIR_PROPERTY, cache.toString());
    }

    /** Monocle's headless screen is 1280×800 unless told; the toolkit starts with this class's first window (a JVM per class). */
    @BeforeAll
    static void aScreenForA1440By900Window() {
        System.setProperty("headless.geometry", "1440x900-32");
    }

    @AfterAll
    static void restore() {
        System.clearProperty(SpillFiles.CACHE_DIR_PROPERTY);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        state = new AppState(Platform.current(), new BackgroundTaskExecutor());
        window = MainWindowBuilder.build(stage, state,
                List.of(new WatchFeature(), new LaunchingFeature(Map.of(LaunchSpec.LAUNCH_TAG, tag))));
        stage.show();
    }

    @AfterEach
    void endEverything() throws Exception {
        WindowLaunches.endAll(state, tag, mark);
        try (Stream<Path> left = Files.walk(cache)) {
            assertThat(left.filter(Files::isRegularFile)).as("closing the window removes the spill files").isEmpty();
        }
    }

    private void launch(FxRobot robot, String command) throws Exception {
        int before = onFx(() -> state.launches().size());
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        robot.write(command);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        await().atMost(PATIENCE).until(() -> onFx(() -> state.launches().size()) == before + 1);
    }

    private String text(FxRobot robot, String id) throws Exception {
        return onFx(() -> robot.lookup("#" + id).queryLabeled().getText());
    }

    @SuppressWarnings("unchecked")
    private String selectedLine(FxRobot robot) throws Exception {
        ListView<OutputLine> list = robot.lookup("#" + OutputStyles.LIST_ID).queryAs(ListView.class);
        return onFx(() -> list.getSelectionModel().getSelectedItem() == null ? ""
                : list.getSelectionModel().getSelectedItem().text());
    }

    private boolean earlierPageShown(FxRobot robot) throws Exception {
        return onFx(() -> robot.lookup("#" + OutputStyles.EARLIER_ID).query().isVisible());
    }

    @Test
    void longOutputSaysWhatTheWindowDoesNotHoldAndTheSearchKeyFindsEarlierLines(FxRobot robot) throws Exception {
        launch(robot, "echo needle-early; seq 1 12000; echo needle-late");
        await().atMost(PATIENCE).until(() -> text(robot, OutputStyles.STATUS_ID).contains("exited 0")
                && text(robot, OutputStyles.NOTICE_ID).equals("2,002 earlier lines are not shown here; all 12,002 lines "
                + "are in the spill file (search and Save output cover it)."));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(onFx(() -> window.bottomTabs().getSelectionModel().getSelectedItem().getId())).isEqualTo("output-tab");
        assertThat(onFx(() -> window.scene().getFocusOwner().getId())).isEqualTo(OutputStyles.SEARCH_ID);
        robot.write("needle");
        await().atMost(PATIENCE).until(() -> text(robot, OutputStyles.FOUND_ID).equals("2 matches (1 in earlier lines)"));

        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        await().atMost(PATIENCE).until(() -> earlierPageShown(robot) && selectedLine(robot).equals("needle-early"));
        assertThat(text(robot, OutputStyles.FOUND_ID)).isEqualTo("1 of 2 (1 in earlier lines)");

        robot.press(KeyCode.F3).release(KeyCode.F3);
        await().atMost(PATIENCE).until(() -> !earlierPageShown(robot) && selectedLine(robot).equals("needle-late"));
        assertThat(text(robot, OutputStyles.FOUND_ID)).isEqualTo("2 of 2 (1 in earlier lines)");

        robot.press(KeyCode.SHIFT, KeyCode.F3).release(KeyCode.F3, KeyCode.SHIFT);
        await().atMost(PATIENCE).until(() -> earlierPageShown(robot) && selectedLine(robot).equals("needle-early"));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.write("no-such-needle");
        await().atMost(PATIENCE).until(() -> text(robot, OutputStyles.FOUND_ID).equals("no match"));
    }

    @Test
    void aRunningLaunchWithoutOutputSaysSoNotLaunchACommand(FxRobot robot) throws Exception {
        assertThat(text(robot, "output-placeholder")).isEqualTo("Launch a command to see its output here.");
        launch(robot, "sleep 30");
        await().atMost(PATIENCE).until(() -> text(robot, "output-placeholder")
                .equals("No output yet: the launch is running and has written nothing to stdout or stderr."));
    }

    @Test
    void atTheSmallestWindowTheSearchTakesASecondRowAndEveryControlFitsUncut(FxRobot robot) throws Exception {
        resize(800, 600);
        launch(robot, "echo needle; echo needle");
        onFx(() -> {
            window.bottomTabs().getSelectionModel().select(window.bottomTabs().getTabs().stream()
                    .filter(t -> "output-tab".equals(t.getId())).findFirst().orElseThrow());
            return null;
        });
        await().atMost(PATIENCE).until(() -> text(robot, OutputStyles.STATUS_ID).equals("exited 0"));
        OutputBar bar = robot.lookup("." + OutputStyles.BAR).queryAs(OutputBar.class);
        assertThat(onFx(bar::oneRow)).as("one row at 800 px").isFalse();
        assertEveryControlFits(robot, bar);
        assertThat(onFx(() -> robot.lookup("#" + OutputStyles.SEARCH_ID).queryAs(Region.class).getWidth()))
                .as("the search field takes the second row's width").isGreaterThan(250);
        assertThat(onFx(() -> robot.lookup("#" + OutputStyles.CHOOSER_ID).queryAs(Control.class).getTooltip().getText()))
                .as("the launch's whole name").contains("echo needle; echo needle");

        // The keys reach the search on its own row: find, next, previous.
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(onFx(() -> window.scene().getFocusOwner().getId())).isEqualTo(OutputStyles.SEARCH_ID);
        robot.write("needle");
        await().atMost(PATIENCE).until(() -> text(robot, OutputStyles.FOUND_ID).equals("2 matches"));
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        await().atMost(PATIENCE).until(() -> text(robot, OutputStyles.FOUND_ID).equals("1 of 2"));
        robot.press(KeyCode.F3).release(KeyCode.F3);
        await().atMost(PATIENCE).until(() -> text(robot, OutputStyles.FOUND_ID).equals("2 of 2"));
        robot.press(KeyCode.SHIFT, KeyCode.F3).release(KeyCode.F3, KeyCode.SHIFT);
        await().atMost(PATIENCE).until(() -> text(robot, OutputStyles.FOUND_ID).equals("1 of 2"));
        assertEveryControlFits(robot, bar);

        resize(1440, 900);
        assertThat(onFx(bar::oneRow)).as("one row at 1440 px").isTrue();
        assertEveryControlFits(robot, bar);
        assertThat(onFx(() -> centreY(robot, OutputStyles.SEARCH_ID) - centreY(robot, OutputStyles.SAVE_ID)))
                .as("the search beside Save").isCloseTo(0, within(2.0));
    }

    private void resize(double width, double height) throws Exception {
        onFx(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
            return null;
        });
        await().atMost(PATIENCE).until(() -> onFx(() -> window.scene().getWidth()) == width);
        Thread.sleep(300);
    }

    /** Every control of the bar is shown whole: inside the bar and the tab, at least its minimum width, its text uncut. */
    private static void assertEveryControlFits(FxRobot robot, OutputBar bar) throws Exception {
        Bounds area = onFx(() -> bar.localToScene(bar.getBoundsInLocal()));
        Bounds pane = onFx(() -> bar.getParent().localToScene(bar.getParent().getBoundsInLocal()));
        assertThat(pane.getMaxX()).as("the tab's right edge").isLessThanOrEqualTo(onFx(() -> bar.getScene().getWidth()));
        for (String id : List.of(OutputStyles.CHOOSER_ID, OutputStyles.STATUS_ID, OutputStyles.SEARCH_ID, OutputStyles.FOUND_ID,
                OutputStyles.PREVIOUS_ID, OutputStyles.NEXT_ID, OutputStyles.FOLLOW_ID, OutputStyles.SAVE_ID)) {
            Region control = robot.lookup("#" + id).queryAs(Region.class);
            Bounds at = onFx(() -> control.localToScene(control.getBoundsInLocal()));
            assertThat(onFx(control::isVisible)).as("#%s shown", id).isTrue();
            assertThat(at.getMinX() >= area.getMinX() && at.getMaxX() <= area.getMaxX() && at.getMaxX() <= pane.getMaxX()
                    && at.getMinY() >= area.getMinY() && at.getMaxY() <= area.getMaxY())
                    .as("#%s at %s inside the bar %s and the tab %s", id, at, area, pane).isTrue();
            assertThat(onFx(control::getWidth)).as("#%s width", id).isGreaterThanOrEqualTo(onFx(() -> control.minWidth(-1)));
            if (control instanceof Labeled labeled) {
                assertThat(onFx(labeled::isTextTruncated)).as("#%s text cut", id).isFalse();
            }
        }
    }

    private static double centreY(FxRobot robot, String id) {
        Region r = robot.lookup("#" + id).queryAs(Region.class);
        return r.localToScene(r.getBoundsInLocal()).getCenterY();
    }
}
