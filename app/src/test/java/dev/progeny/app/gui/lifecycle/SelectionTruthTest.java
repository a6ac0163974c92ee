package dev.progeny.app.gui.lifecycle;

import static dev.progeny.app.gui.testing.FxQueries.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.progeny.app.gui.MainWindowBuilder;
import dev.progeny.app.gui.WatchFeature;
import dev.progeny.app.gui.actions.ActionsStyles;
import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.gui.common.BackgroundTaskExecutor;
import dev.progeny.app.gui.processtree.RowData;
import dev.progeny.app.gui.processtree.RowId;
import dev.progeny.app.gui.testing.ShellLaunch;
import dev.progeny.app.gui.testing.WindowLaunches;
import dev.progeny.probes.Platform;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.testing.LaunchCleanup;
import dev.progeny.probes.testing.TaggedProcesses;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window tells the truth about what is selected: the details follow an exec and a stop as the
 * tree does, a vanished process says so and its actions go off, and ended launches can be removed.
 */
@ExtendWith(ApplicationExtension.class)
class SelectionTruthTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** What the details may lag behind the tree: one refresh and its background read. */
    private static final Duration IN_STEP = Duration.ofSeconds(2);

    private final String tag = TaggedProcesses.newTestTag("truth");
    private final long mark = LaunchCleanup.mark();
    private AppState state;
    private WatchFeature watch;

    @Start
    void start(Stage stage) {
        state = new AppState(Platform.current(), new BackgroundTaskExecutor());
        watch = new WatchFeature();
        MainWindowBuilder.build(stage, state, List.of(watch, new LaunchingFeature(Map.of(LaunchSpec.LAUNCH_TAG, tag))));
        stage.show();
    }

    @AfterEach
    void end() throws Exception {
        WindowLaunches.endAll(state, tag, mark);
    }

    private Launch launch(String script) throws Exception {
        Launch launch = ShellLaunch.start(tag, script);
        onFx(() -> state.launches().add(launch));
        return launch;
    }

    private void select(RowId row) throws Exception {
        await().atMost(PATIENCE).until(() -> onFx(() -> watch.tree().model().contains(row)));
        onFx(() -> {
            watch.tree().selectedRowProperty().set(row);
            return null;
        });
    }

    private RowData row(RowId id) throws Exception {
        return onFx(() -> watch.tree().model().contains(id) ? watch.tree().model().get(id).data() : null);
    }

    /** The value beside {@code label} in the details pane. */
    private String detail(FxRobot robot, String label) throws Exception {
        return onFx(() -> {
            GridPane grid = robot.lookup("#details-pane").queryAs(GridPane.class);
            for (Node n : grid.getChildren()) {
                if (n instanceof Label l && label.equals(l.getText())) {
                    int row = GridPane.getRowIndex(n);
                    for (Node v : grid.getChildren()) {
                        if (v instanceof TextInputControl t && GridPane.getRowIndex(v) == row) {
                            return t.getText();
                        }
                    }
                }
            }
            return null;
        });
    }

    @Test
    void theDetailsFollowAnExecAndAStopAsTheTreeDoes(FxRobot robot) throws Exception {
        Launch launch = launch("sleep 1; exec sleep 31");
        RowId root = RowId.process(launch.id(), launch.root());
        select(root);

        await().atMost(PATIENCE).until(() -> row(root) != null && row(root).command().equals("sleep 31"));
        await().atMost(IN_STEP).until(() -> "sleep 31".equals(detail(robot, "Command line")));

        new ProcessBuilder("kill", "-STOP", Integer.toString(launch.pid())).start().waitFor();
        await().atMost(PATIENCE).until(() -> row(root).status().equals("stopped"));
        await().atMost(IN_STEP).until(() -> "stopped".equals(detail(robot, "State")));
        new ProcessBuilder("kill", "-CONT", Integer.toString(launch.pid())).start().waitFor();
    }

    @Test
    void aVanishedProcessSaysItIsGoneAndActionsThatCannotApplyAreOff(FxRobot robot) throws Exception {
        Launch launch = launch("sleep 300 & sleep 6; wait");
        await().atMost(PATIENCE).until(() -> shortSleeper(launch) != null);
        ProcessInfo brief = shortSleeper(launch);
        RowId row = RowId.process(launch.id(), brief.key());
        select(row);
        await().atMost(IN_STEP).until(() -> onFx(() -> !robot.lookup("#" + ActionsStyles.KILL_ID).query().isDisabled()));

        await().atMost(PATIENCE).until(() -> onFx(() -> {
            Node kill = robot.lookup("#" + ActionsStyles.KILL_ID).query();
            String shown = detail(robot, "State");
            return shown != null && shown.startsWith("exited") && kill.isDisabled();
        }));
    }

    private ProcessInfo shortSleeper(Launch launch) throws Exception {
        return Platform.current().processTable().snapshot().subtree(launch.pid()).stream()
                .filter(p -> p.argv().equals(List.of("sleep", "6"))).findFirst().orElse(null);
    }

    @Test
    void deleteOnAnEndedLaunchsHeaderRemovesItAndClearEndedTheOthersButNotARunningOne(FxRobot robot) throws Exception {
        Launch first = launch("exit 3");
        Launch second = launch("exit 4");
        Launch running = launch("sleep 300");
        first.waitFor();
        second.waitFor();
        await().atMost(PATIENCE).until(() -> row(RowId.launch(first.id())) != null
                && row(RowId.launch(first.id())).status().startsWith("exited 3"));
        select(RowId.launch(first.id()));
        robot.clickOn("#process-tree");
        select(RowId.launch(first.id()));

        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        await().atMost(PATIENCE).until(() -> onFx(() -> !state.launches().contains(first)));
        assertThat(onFx(() -> state.launches().contains(second))).isTrue();
        assertThat(running.exitStatus()).as("Delete on a header removed, it killed nothing").isEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DELETE).release(KeyCode.DELETE, KeyCode.SHIFT, KeyCode.CONTROL);
        await().atMost(PATIENCE).until(() -> onFx(() -> List.copyOf(state.launches())).equals(List.of(running)));
        await().atMost(PATIENCE).until(() -> row(RowId.launch(second.id())) == null);
    }
}
