package dev.progeny.app.gui.timeline;

import static dev.progeny.app.gui.testing.FxQueries.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.gui.common.CurrentThreadTaskExecutor;
import dev.progeny.probes.Platform;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.events.ProcessEvent.Exit;
import dev.progeny.probes.events.ProcessEvent.Fork;
import dev.progeny.probes.events.ProcessHistory;
import dev.progeny.probes.launch.ExitStatus;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A timeline of 10,000 processes (a history fed events, no process started) panned and zoomed
 * 200 times: each frame draws only the rows on screen. Prints the FX time per frame (the figure
 * in the events notes); the budget of 16 ms is not asserted here (timing is a benchmark's job).
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
    void tenThousandBarsPanAndZoomDrawingOnlyTheVisibleRows(FxRobot robot) throws Exception {
        ProcessHistory history = new ProcessHistory();
        history.accept(new Fork(0, 100, 1, 10));
        history.launchStarted("L", new ProcessKey(100, 10));
        for (int i = 0; i <= 10_000; i++) {
            if (i < 10_000) { // every third a child of the root, the others of the one before (still alive)
                history.accept(new Fork(1_000_000L * i, 1_000 + i, i % 3 == 0 ? 100 : 999 + i, 20 + i));
            }
            if (i > 0) {
                history.accept(new Exit(1_000_000L * i + 500_000, 999 + i,
                        Optional.of(new ExitStatus.Exited(i % 50 == 0 ? 2 : 0)), -1));
            }
        }
        TimelineRows rows = TimelineRows.of(history.view().launch("L"), 10_001_000_000L, false);
        assertThat(rows.bars()).hasSize(10_001);
        long[] worst = new long[1];
        long[] total = new long[1];
        robot.interact(() -> viewModel.show("L", rows));
        for (int i = 0; i < 200; i++) {
            int step = i;
            robot.interact(() -> {
                TimelineViewport v = viewModel.viewportProperty().get();
                viewModel.viewportProperty().set(step % 4 == 0 ? v.zoom(1.3, 300) : step % 4 == 1 ? v.pan(-40, -7, 10_001)
                        : step % 4 == 2 ? v.zoom(1 / 1.2, 800) : v.pan(25, -30, 10_001));
                long nanos = view.lastDrawNanos();
                worst[0] = Math.max(worst[0], nanos);
                total[0] += nanos;
            });
        }
        assertThat(onFx(() -> viewModel.viewportProperty().get().topRow())).isGreaterThan(1000);
        System.out.printf("timeline of 10,001 bars: 200 pans/zooms, FX draw mean %.3f ms, worst %.3f ms%n",
                total[0] / 200 / 1e6, worst[0] / 1e6);
    }
}
