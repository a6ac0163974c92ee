package dev.progeny.app.gui.timeline;

import static dev.progeny.app.gui.testing.FxQueries.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.app.gui.bench.TimelineBench;
import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.gui.common.CurrentThreadTaskExecutor;
import dev.progeny.probes.Platform;
import dev.progeny.probes.events.ProcessHistory;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A timeline of 10,000 processes (a history fed events, no process started) paged, zoomed and
 * panned with the keys: each frame draws only the rows on screen. The 16 ms budget is measured by
 * {@code progeny bench timeline}, not asserted here.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineDrawTest {
    private TimelineViewModel viewModel;
    private TimelineView view;

    @Start
    void start(Stage stage) {
        AppState state = new AppState(Platform.current(), new CurrentThreadTaskExecutor());
        viewModel = new TimelineViewModel(state, key -> { });
        view = new TimelineView(viewModel);
        stage.setScene(new Scene(view.node(), 1200, 400));
        stage.show();
    }

    @Test
    void tenThousandBarsPageZoomAndPanWithTheKeys(FxRobot robot) throws Exception {
        ProcessHistory history = TimelineBench.syntheticLaunch(10_000);
        TimelineRows rows = TimelineRows.of(history.view().launch("L"), 10_001_000_000L, false);
        assertThat(rows.bars()).hasSize(10_001);
        robot.interact(() -> viewModel.show("L", rows));
        robot.interact(() -> robot.lookup("#timeline-area").query().requestFocus());
        long worst = 0;
        List<KeyCode> keys = List.of(KeyCode.PAGE_DOWN, KeyCode.PLUS, KeyCode.RIGHT, KeyCode.MINUS, KeyCode.LEFT);
        for (int i = 0; i < 100; i++) {
            KeyCode k = keys.get(i % keys.size());
            robot.press(k).release(k);
            worst = Math.max(worst, onFx(view::lastDrawNanos));
        }
        assertThat(onFx(() -> viewModel.viewportProperty().get().topRow())).as("20 pages down").isGreaterThan(300);
        assertThat(onFx(() -> viewModel.viewportProperty().get().following())).isFalse();
        System.out.printf("timeline of %d bars: 100 key presses, worst FX draw %.3f ms%n", rows.bars().size(), worst / 1e6);
    }
}
