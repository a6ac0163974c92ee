package dev.progeny.app.gui;

import static dev.progeny.app.gui.testing.FxQueries.clickRow;
import static dev.progeny.app.gui.testing.FxQueries.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.gui.common.BackgroundTaskExecutor;
import dev.progeny.app.gui.processtree.ProcessRow;
import dev.progeny.app.gui.processtree.RefreshStats;
import dev.progeny.app.gui.processtree.RowData;
import dev.progeny.app.gui.testing.ShellLaunch;
import dev.progeny.probes.Platform;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.testing.LaunchCleanup;
import dev.progeny.probes.testing.TaggedProcesses;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Drives the real window (headless, Monocle): a launched tree appears and is watched live. */
@ExtendWith(ApplicationExtension.class)
class WatchWindowTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final String tag = TaggedProcesses.newTestTag("watch");
    private final long mark = LaunchCleanup.mark();
    private AppState state;
    private WatchFeature watch;

    @Start
    void start(Stage stage) {
        state = new AppState(Platform.current(), new BackgroundTaskExecutor());
        watch = new WatchFeature();
        MainWindowBuilder.build(stage, state, List.of(watch));
        stage.show();
    }

    @AfterEach
    void endEverything() throws Exception {
        FxToolkit.hideStage();
        state.executor().shutdown();
        LaunchCleanup.endAll(tag, Platform.current().launcher().rootPids(), mark);
        assertThat(TaggedProcesses.alive(tag)).isEmpty();
    }

    private Launch launch(String script) throws Exception {
        Launch launch = ShellLaunch.start(tag, script);
        onFx(() -> state.launches().add(launch));
        return launch;
    }

    @SuppressWarnings("unchecked")
    private TreeTableView<ProcessRow> table(FxRobot robot) {
        return robot.lookup("#process-tree").queryAs(TreeTableView.class);
    }

    private List<RowData> rows(FxRobot robot) throws Exception {
        TreeTableView<ProcessRow> table = table(robot);
        return onFx(() -> {
            List<RowData> out = new ArrayList<>();
            collect(table.getRoot(), out);
            return out;
        });
    }

    private static void collect(TreeItem<ProcessRow> item, List<RowData> out) {
        for (TreeItem<ProcessRow> child : item.getChildren()) {
            out.add(child.getValue().data());
            collect(child, out);
        }
    }

    private Optional<RowData> row(FxRobot robot, int pid) throws Exception {
        return rows(robot).stream().filter(r -> !r.isLaunch() && r.process().pid() == pid).findFirst();
    }

    private List<ProcessInfo> liveTree(Launch launch) throws Exception {
        return Platform.current().processTable().snapshot().subtree(launch.pid());
    }

    @Test
    void aLaunchedTreeAppearsWithItsGroupAndSession(FxRobot robot) throws Exception {
        Launch launch = launch("sleep 30 & sleep 30 & wait");
        await().atMost(PATIENCE).until(() -> liveTree(launch).size() == 3);
        List<ProcessInfo> tree = liveTree(launch);

        await().atMost(PATIENCE).untilAsserted(() -> {
            for (ProcessInfo p : tree) {
                RowData r = row(robot, p.pid()).orElseThrow(() -> new AssertionError("no row for pid " + p.pid()));
                assertThat(r.process().pgid()).isEqualTo(launch.pid());
                assertThat(r.process().sid()).isEqualTo(launch.pid());
            }
            assertThat(rows(robot)).anySatisfy(r -> assertThat(r.status()).startsWith("running, 3 processes · "));
        });
        // On the FX thread, and again until it holds: a refresh may be laying the cells out anew.
        await().atMost(PATIENCE).until(() -> onFx(() -> robot.lookup("◆ " + launch.pid()).tryQuery().isPresent()));
    }

    @Test
    void aZombieWearsItsBadge(FxRobot robot) throws Exception {
        launch("sleep 0.2 & exec sleep 30");
        await().atMost(PATIENCE).until(() -> onFx(() -> robot.lookup(".badge-zombie").queryAll().stream()
                .anyMatch(n -> n.isVisible() && n.getScene() != null && ((Label) n).getText().equals("Z zombie"))));
    }

    @Test
    void theFilterShowsMatchesWithTheirAncestors(FxRobot robot) throws Exception {
        Launch launch = launch("sleep 30 & sleep 31 & wait");
        // Both children forked and exec'd sleep: a child still between fork and exec shows sh's argv.
        List<ProcessInfo> tree = await().atMost(PATIENCE).until(() -> liveTree(launch),
                t -> t.stream().filter(p -> p.argv().contains("31") || p.argv().contains("30")).count() == 2);
        ProcessInfo second = tree.stream().filter(p -> p.argv().contains("31")).findFirst().orElseThrow();
        ProcessInfo first = tree.stream().filter(p -> p.argv().contains("30")).findFirst().orElseThrow();
        await().atMost(PATIENCE).until(() -> row(robot, first.pid()).isPresent());

        robot.clickOn("#system-switch");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write(Integer.toString(second.pid()));

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(row(robot, second.pid())).isPresent();
            assertThat(row(robot, launch.pid())).isPresent();
            assertThat(row(robot, first.pid())).isEmpty();
        });
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        await().atMost(PATIENCE).until(() -> row(robot, first.pid()).isPresent());
    }

    @Test
    void theSystemSwitchShowsEveryProcess(FxRobot robot) throws Exception {
        int self = (int) ProcessHandle.current().pid();
        launch("exec sleep 30");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(rows(robot)).hasSize(2));
        assertThat(row(robot, self)).isEmpty();

        robot.clickOn("#system-switch");
        await().atMost(PATIENCE).until(() -> row(robot, self).isPresent() && row(robot, 1).isPresent());

        robot.clickOn("#system-switch");
        assertThat(onFx(() -> watch.tree().systemViewProperty().get())).as("clicking the lit button keeps it lit").isTrue();
        robot.clickOn("#launches-switch");
        await().atMost(PATIENCE).until(() -> row(robot, self).isEmpty() && rows(robot).size() == 2);
    }

    @Test
    void f5ShowsTheWholeSystemAsAFlatListThatAnyColumnHeaderSorts(FxRobot robot) throws Exception {
        int self = (int) ProcessHandle.current().pid();
        robot.clickOn("#system-switch");
        await().atMost(PATIENCE).until(() -> row(robot, self).isPresent() && row(robot, 1).isPresent());
        TreeTableView<ProcessRow> table = table(robot);
        assertThat(onFx(() -> table.getRoot().getChildren().size())).as("a tree: few top-level rows").isLessThan(rows(robot).size());

        robot.press(KeyCode.F5).release(KeyCode.F5);
        await().atMost(PATIENCE).until(() -> onFx(() -> table.getRoot().getChildren().stream().allMatch(i -> i.getChildren().isEmpty())
                && table.getRoot().getChildren().size() == rows(robot).size()));

        Node rssHeader = robot.lookup(".column-header .label").match(n -> "RSS".equals(((Labeled) n).getText())).query();
        robot.clickOn(rssHeader).clickOn(rssHeader);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(onFx(() -> {
            List<Long> shown = new ArrayList<>();
            for (int i = 0; i < table.getExpandedItemCount(); i++) {
                shown.add(table.getTreeItem(i).getValue().data().process().rssBytes());
            }
            return shown;
        })).as("every process, largest memory first (a container may hold only a few)").hasSizeGreaterThan(2)
                .isSortedAccordingTo(Comparator.reverseOrder()));

        robot.press(KeyCode.F5).release(KeyCode.F5);
        await().atMost(PATIENCE).until(() -> onFx(() -> table.getRoot().getChildren().size()) < rows(robot).size());
    }

    @Test
    void spacePausesAndResumesRefreshingAndCtrlRStillRefreshes(FxRobot robot) throws Exception {
        launch("exec sleep 30");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(rows(robot)).hasSize(2));
        robot.clickOn(table(robot));
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        assertThat(robot.lookup("#pause-button").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#status-refresh").queryAs(Label.class).getText()).startsWith("Paused");

        RefreshStats before = onFx(() -> watch.tree().lastRefreshProperty().get());
        Thread.sleep(2500);
        assertThat(onFx(() -> watch.tree().lastRefreshProperty().get())).isSameAs(before);

        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        await().atMost(PATIENCE).until(() -> onFx(() -> watch.tree().lastRefreshProperty().get()) != before);
        assertThat(robot.lookup("#pause-button").queryAs(ToggleButton.class).isSelected()).isTrue();

        RefreshStats refreshed = onFx(() -> watch.tree().lastRefreshProperty().get());
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        await().atMost(PATIENCE).until(() -> onFx(() -> watch.tree().lastRefreshProperty().get()) != refreshed);
        assertThat(robot.lookup("#pause-button").queryAs(ToggleButton.class).isSelected()).isFalse();
    }

    @Test
    void helpListsEveryShortcut(FxRobot robot) {
        robot.clickOn("Help").clickOn("Shortcuts");
        for (Shortcuts.Shortcut s : Shortcuts.ALL) {
            assertThat(robot.lookup(s.action()).tryQuery()).as(s.action()).isPresent();
        }
        assertThat(robot.lookup("Ctrl+L").tryQuery()).isPresent();
        assertThat(robot.lookup("Shift+Delete").tryQuery()).isPresent();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void theSelectionSurvivesRefreshesThatChangeTheTree(FxRobot robot) throws Exception {
        Launch launch = launch("sleep 30 & sleep 2; sleep 31 & wait");
        await().atMost(PATIENCE).until(() -> sleeper(launch, "30").isPresent());
        ProcessInfo leaf = sleeper(launch, "30").orElseThrow();
        await().atMost(PATIENCE).until(() -> row(robot, leaf.pid()).isPresent());

        clickRow(robot, leaf.pid());
        TreeTableView<ProcessRow> table = table(robot);
        TreeItem<ProcessRow> selected = onFx(() -> table.getSelectionModel().getSelectedItem());
        assertThat(selected.getValue().data().process().pid()).isEqualTo(leaf.pid());

        await().atMost(PATIENCE).until(() -> sleeper(launch, "31").isPresent());
        int newcomer = sleeper(launch, "31").orElseThrow().pid();
        await().atMost(PATIENCE).until(() -> row(robot, newcomer).isPresent());
        RefreshStats later = onFx(() -> watch.tree().lastRefreshProperty().get());
        await().atMost(PATIENCE).until(() -> onFx(() -> watch.tree().lastRefreshProperty().get()) != later);

        assertThat(onFx(() -> table.getSelectionModel().getSelectedItem())).isSameAs(selected);
        assertThat(onFx(() -> state.selectionProperty().get().process().orElseThrow().pid())).isEqualTo(leaf.pid());
    }

    @Test
    void aCollapsedRowStaysCollapsedAcrossRefreshes(FxRobot robot) throws Exception {
        Launch launch = launch("sleep 30 & sleep 31 & wait");
        await().atMost(PATIENCE).until(() -> liveTree(launch).size() == 3);
        await().atMost(PATIENCE).until(() -> rows(robot).size() == 4);
        TreeTableView<ProcessRow> table = table(robot);
        TreeItem<ProcessRow> root = onFx(() -> table.getRoot().getChildren().getFirst().getChildren().getFirst());
        assertThat(root.getValue().data().process().pid()).isEqualTo(launch.pid());

        onFx(() -> {
            root.setExpanded(false);
            return null;
        });
        RefreshStats seen = onFx(() -> watch.tree().lastRefreshProperty().get());
        await().atMost(PATIENCE).until(() -> onFx(() -> watch.tree().lastRefreshProperty().get()) != seen);
        RefreshStats later = onFx(() -> watch.tree().lastRefreshProperty().get());
        await().atMost(PATIENCE).until(() -> onFx(() -> watch.tree().lastRefreshProperty().get()) != later);

        assertThat(onFx(root::isExpanded)).isFalse();
        assertThat(onFx(() -> table.getExpandedItemCount())).isEqualTo(2);
    }

    private Optional<ProcessInfo> sleeper(Launch launch, String seconds) throws Exception {
        return liveTree(launch).stream().filter(p -> p.argv().equals(List.of("sleep", seconds))).findFirst();
    }
}
