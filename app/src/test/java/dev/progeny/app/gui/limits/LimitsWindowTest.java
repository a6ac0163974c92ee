package dev.progeny.app.gui.limits;

import static dev.progeny.app.gui.testing.FxQueries.clickRow;
import static dev.progeny.app.gui.testing.FxQueries.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.progeny.app.gui.MainWindowBuilder;
import dev.progeny.app.gui.WatchFeature;
import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.gui.common.BackgroundTaskExecutor;
import dev.progeny.app.gui.common.Selection;
import dev.progeny.app.gui.launch.HistoryStore;
import dev.progeny.app.gui.testing.OwnConfig;
import dev.progeny.app.gui.testing.WindowLaunches;
import dev.progeny.app.gui.lifecycle.LaunchingFeature;
import dev.progeny.probes.Platform;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.limits.Hold;
import dev.progeny.probes.limits.LimitKind;
import dev.progeny.probes.testing.LaunchCleanup;
import dev.progeny.probes.testing.TaggedProcesses;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The real window headless: limits chosen in the launch bar (a bad value refused in the dialog),
 * kept with the history, shown in the launch's header; a memory hog OOM-killed is marked in the
 * tree and announced; a running launch's limits changed from its Limits tab. Needs a cgroup that
 * holds memory (here: v1, as root); skipped where none does.
 */
@ExtendWith(ApplicationExtension.class)
class LimitsWindowTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private final String tag = TaggedProcesses.newTestTag("gui-limits");
    private final long mark = LaunchCleanup.mark();
    private AppState state;
    private OwnConfig config;

    /**
     * The limits chosen here are saved with the history and would be every later window test's
     * default in this JVM: this test keeps its history in a directory of its own.
     */
    @Start
    void start(Stage stage) throws IOException {
        config = OwnConfig.use();
        state = new AppState(Platform.current(), new BackgroundTaskExecutor());
        MainWindowBuilder.build(stage, state, List.of(new WatchFeature(),
                new LaunchingFeature(Map.of(LaunchSpec.LAUNCH_TAG, tag)), new LimitsFeature()));
        stage.show();
    }

    @AfterEach
    void endEverything() throws Exception {
        List<Launch> launches = onFx(() -> List.copyOf(state.launches()));
        Set<Integer> roots = new HashSet<>();
        launches.forEach(l -> roots.add(l.pid()));
        LaunchCleanup.endAll(tag, roots, mark);
        FxToolkit.hideStage();
        state.executor().shutdown();
        launches.forEach(Launch::close);
        config.close();
        assertThat(TaggedProcesses.alive(tag)).isEmpty();
    }

    /** Fills the open limits dialog's fields (blank clears) and presses OK. */
    private static void fill(FxRobot robot, Map<LimitKind, String> values) {
        values.forEach((kind, text) -> {
            TextField field = robot.lookup("#" + LimitsStyles.fieldId(kind)).queryAs(TextField.class);
            robot.interact(() -> field.setText(text));
        });
        robot.clickOn("OK");
    }

    /** The texts of the visible labels and cells that contain {@code part}. */
    private static List<String> texts(FxRobot robot, String part) throws Exception {
        return onFx(() -> robot.lookup(n -> n instanceof Labeled l && n.isVisible() && l.getText() != null
                && l.getText().contains(part)).queryAllAs(Labeled.class).stream().map(Labeled::getText).toList());
    }

    private static boolean shows(FxRobot robot, String part) throws Exception {
        return !texts(robot, part).isEmpty();
    }

    @Test
    void limitsChosenInTheBarHoldBiteAndChange(FxRobot robot) throws Exception {
        robot.clickOn("#" + LimitsStyles.LAUNCH_BAR_BUTTON_ID).clickOn("Custom\u2026");
        fill(robot, Map.of(LimitKind.MEMORY, "64X", LimitKind.PROCESSES, "20"));
        await().atMost(PATIENCE).until(() -> shows(robot, "memory: '64X' is not a memory size"));
        fill(robot, Map.of(LimitKind.MEMORY, "64M"));
        await().atMost(PATIENCE).until(() -> shows(robot, "Limits: 64M \u00B7 20 processes"));

        Launch hog = WindowLaunches.launch(robot, state, "/usr/bin/python3 -c 'b = bytearray(1 << 30)'");
        assertThat(hog.spec().limits().describe()).isEqualTo("memory 64M, 20 processes");
        Hold memory = hog.limits().applied().holds().get(LimitKind.MEMORY);
        assumeTrue(memory instanceof Hold.CgroupV1 || memory instanceof Hold.CgroupV2, () -> "no cgroup: " + memory.describe());
        // The victim is python3, the shell's child (the kernel log names it when readable; else "1 process").
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(texts(robot, "64M")).anyMatch(t -> t.matches(
                ".*\\[64M \u00B7 20 processes]   \u26A0 memory limit 64M reached: (\\d+ python3|1 process) killed by the OOM killer")));
        await().atMost(PATIENCE).until(() -> shows(robot, "Limit reached"));
        String saved = Files.readString(HistoryStore.configDirectory().resolve("history.json"));
        assertThat(saved).contains("\"MEMORY\" : \"64M\"", "\"PROCESSES\" : \"20\"");

        Launch sleeper = WindowLaunches.launch(robot, state, "sleep 300");
        // The hog's greyed rows leave a moment after it ends, and the rows below move up.
        clickRow(robot, sleeper.pid());
        await().atMost(PATIENCE).until(() -> onFx(() -> Optional.ofNullable(state.selectionProperty().get())
                .flatMap(Selection::launch).filter(l -> l == sleeper).isPresent()));
        // The Limits tab by its tab pane: the launch bar's Limits button has the same words.
        onFx(() -> {
            TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "Limits".equals(t.getText())).findFirst().orElseThrow());
            return null;
        });
        await().atMost(PATIENCE).until(() -> shows(robot, "memory 64M: cgroup"));
        robot.clickOn("#" + LimitsStyles.TAB_CHANGE_ID);
        fill(robot, Map.of(LimitKind.MEMORY, "128M", LimitKind.PROCESSES, ""));
        await().atMost(PATIENCE).until(() -> shows(robot, "\u2714 Limits changed."));
        assertThat(sleeper.limits().applied().inForce().describe()).isEqualTo("memory 128M");
        Node lines = robot.lookup("#" + LimitsStyles.TAB_LINES_ID).query();
        assertThat(((Labeled) lines).getText()).startsWith("memory 128M: cgroup");
    }
}
