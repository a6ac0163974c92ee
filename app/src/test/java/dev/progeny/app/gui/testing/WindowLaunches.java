package dev.progeny.app.gui.testing;

import static dev.progeny.app.gui.testing.FxQueries.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.gui.launch.LaunchBarStyles;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.testing.LaunchCleanup;
import dev.progeny.probes.testing.TaggedProcesses;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The end of a window test that launched: every launch ended and reaped, the window hidden, nothing left. */
public final class WindowLaunches {
    private WindowLaunches() {
    }

    /** Ctrl+L, types {@code command}, Enter; returns the launch once it is in the window's state. */
    public static Launch launch(FxRobot robot, AppState state, String command) throws Exception {
        int before = onFx(() -> state.launches().size());
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        robot.write(command);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(onFx(() -> state.launches().size()))
                .as(() -> "messages: " + notices(state) + ", command: "
                        + robot.lookup("#" + LaunchBarStyles.COMMAND_ID).queryComboBox().getEditor().getText())
                .isEqualTo(before + 1));
        return onFx(() -> state.launches().get(before));
    }

    /** Every message of the notification area, newest first, as "sign summary". */
    public static List<String> notices(AppState state) {
        try {
            return onFx(() -> state.notices().all().stream().map(n -> n.severity().sign() + " " + n.summary()).toList());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Ends the launches of {@code state} and every process tagged {@code tag}; checks none is left alive. */
    public static void endAll(AppState state, String tag, long mark) throws Exception {
        List<Launch> launches = onFx(() -> List.copyOf(state.launches()));
        Set<Integer> roots = new HashSet<>();
        launches.forEach(l -> roots.add(l.pid()));
        LaunchCleanup.endAll(tag, roots, mark);
        FxToolkit.hideStage();
        // A dialog left open (window-modal on the stage every test reuses) would swallow the next test's input.
        onFx(() -> {
            List.copyOf(Window.getWindows()).forEach(Window::hide);
            return null;
        });
        state.executor().shutdown();
        launches.forEach(Launch::close);
        state.events().close();
        assertThat(TaggedProcesses.alive(tag)).isEmpty();
    }
}
