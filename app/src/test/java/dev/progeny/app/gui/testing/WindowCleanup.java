package dev.progeny.app.gui.testing;

import static dev.progeny.app.gui.testing.FxQueries.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.app.gui.common.AppState;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.testing.LaunchCleanup;
import dev.progeny.probes.testing.TaggedProcesses;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.stage.Window;
import org.testfx.api.FxToolkit;

/** The end of a window test that launched from the window: every launch ended, reaped and closed. */
public final class WindowCleanup {
    private WindowCleanup() {
    }

    /**
     * Ends everything tagged {@code tag} (reaping what it kills, {@code mark} from
     * {@link LaunchCleanup#mark()}), hides the window and any dialog left open, stops its executor, closes its launches and
     * checks that nothing tagged is left.
     */
    public static void endAll(AppState state, String tag, long mark) throws Exception {
        List<Launch> launches = onFx(() -> List.copyOf(state.launches()));
        Set<Integer> roots = launches.stream().map(Launch::pid).collect(Collectors.toSet());
        LaunchCleanup.endAll(tag, roots, mark);
        FxToolkit.hideStage();
        // A dialog left open (window-modal on the stage every test reuses) would swallow the next test's input.
        onFx(() -> {
            List.copyOf(Window.getWindows()).forEach(Window::hide);
            return null;
        });
        state.executor().shutdown();
        launches.forEach(Launch::close);
        assertThat(TaggedProcesses.alive(tag)).isEmpty();
    }
}
