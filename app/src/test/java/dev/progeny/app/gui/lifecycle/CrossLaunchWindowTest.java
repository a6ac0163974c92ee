package dev.progeny.app.gui.lifecycle;

import static dev.progeny.app.gui.testing.FxQueries.clickRow;
import static dev.progeny.app.gui.testing.FxQueries.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.progeny.app.gui.MainWindowBuilder;
import dev.progeny.app.gui.WatchFeature;
import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.gui.common.BackgroundTaskExecutor;
import dev.progeny.app.gui.common.Selection;
import dev.progeny.app.gui.testing.WindowLaunches;
import dev.progeny.probes.Platform;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Signal;
import dev.progeny.probes.launch.Containment;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.linux.CrossLaunchScenario;
import dev.progeny.probes.testing.LaunchCleanup;
import dev.progeny.probes.testing.TaggedProcesses;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 13's two-launch escapee case in the real window: launch A leaves a setsid'd,
 * environment-scrubbed {@code sleep 999} that comes back to Progeny, launch B starts 0.3 s after
 * A. B's whole launch is escalated from the window (scope Launch, Shift+Delete): A's escapee and
 * A's own process live on. Then A's launch is escalated: with a cgroup its escapee ends with it.
 */
@ExtendWith(ApplicationExtension.class)
class CrossLaunchWindowTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final String tag = TaggedProcesses.newTestTag("gui-cross");
    private final long mark = LaunchCleanup.mark();
    private AppState state;
    private ProcessKey escapee;

    @Start
    void start(Stage stage) {
        state = new AppState(Platform.current(), new BackgroundTaskExecutor());
        MainWindowBuilder.build(stage, state,
                List.of(new WatchFeature(), new LaunchingFeature(Map.of(LaunchSpec.LAUNCH_TAG, tag))));
        stage.show();
    }

    /** The escapee has no tag (env -i), so the window's cleanup cannot find it: it is ended by its key. */
    @AfterEach
    void endEverything() throws Exception {
        if (escapee != null && alive(escapee)) {
            Platform.current().terminator().signal(escapee, Signal.KILL);
        }
        WindowLaunches.endAll(state, tag, mark);
        LaunchCleanup.reapZombies(Platform.current().launcher().rootPids(), mark);
        if (escapee != null) {
            assertThat(Platform.current().processTable().snapshot().contains(escapee)).as("the escapee, reaped").isFalse();
        }
    }

    /** Selects {@code pid}'s row and returns the selection once it names that process. */
    private Selection select(FxRobot robot, int pid) {
        clickRow(robot, pid);
        await().atMost(PATIENCE).until(() -> onFx(() -> Optional.ofNullable(state.selectionProperty().get())
                .flatMap(Selection::process).filter(p -> p.pid() == pid).isPresent()));
        try {
            return onFx(() -> state.selectionProperty().get());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Scope Launch (key L), then Escalate (Shift+Delete) on the selection. */
    private static void escalateLaunch(FxRobot robot) {
        robot.press(KeyCode.L).release(KeyCode.L);
        robot.press(KeyCode.SHIFT, KeyCode.DELETE).release(KeyCode.DELETE, KeyCode.SHIFT);
    }

    private static boolean alive(ProcessKey key) throws Exception {
        return Platform.current().processTable().snapshot().process(key.pid())
                .filter(p -> p.key().equals(key) && p.state().isAlive()).isPresent();
    }

    @Test
    void endingOneLaunchFromTheWindowNeverTouchesAnotherLaunchsEscapee(FxRobot robot) throws Exception {
        Launch a = WindowLaunches.launch(robot, state, CrossLaunchScenario.A);
        Thread.sleep(300);
        Launch b = WindowLaunches.launch(robot, state, "sleep 997");
        escapee = CrossLaunchScenario.escapeeOf(a, Platform.current().processTable());
        boolean cgroup = a.containment().contains(Containment.CGROUP);

        Selection ofEscapee = select(robot, escapee.pid());
        if (cgroup) {
            assertThat(ofEscapee.launch()).as("A's cgroup proves the escapee A's").contains(a);
        } else {
            assertThat(ofEscapee.launch()).as("nothing proves it anyone's: unclaimed").isEmpty();
        }

        select(robot, b.pid());
        escalateLaunch(robot);
        assertThat(b.waitFor(PATIENCE)).isPresent();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(onFx(() -> state.notices().all().stream()
                .map(n -> n.summary()).toList())).anyMatch(n -> n.startsWith("Escalated launch")));
        assertThat(alive(escapee)).as("A's escapee outlives the end of B").isTrue();
        assertThat(a.exitStatus()).as("A's own process outlives the end of B").isEmpty();

        select(robot, a.pid());
        escalateLaunch(robot);
        assertThat(a.waitFor(PATIENCE)).isPresent();
        if (cgroup) {
            await().atMost(PATIENCE).until(() -> !alive(escapee));
        }
    }
}
