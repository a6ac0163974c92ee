package dev.progeny.app.gui.bench;

import static dev.progeny.app.gui.bench.FxCalls.onFx;


import dev.progeny.app.gui.ToolkitEnvironment;
import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.gui.common.BackgroundTaskExecutor;
import dev.progeny.app.gui.timeline.TimelineRows;
import dev.progeny.app.gui.timeline.TimelineView;
import dev.progeny.app.gui.timeline.TimelineViewModel;
import dev.progeny.app.gui.timeline.TimelineViewport;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.events.ProcessEvent;
import dev.progeny.probes.events.ProcessHistory;
import dev.progeny.probes.launch.ExitStatus;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The Timeline tab's speed: a launch of N processes (a history fed the events an exact source
 * would send: a 1 ms apart, nested, some failing; no process is started), shown in a real
 * {@link TimelineView}, then panned and zoomed frame by frame; FX-thread time per frame is each
 * step's handler, redraw included (the canvas's commands, not their rasterising on the render
 * thread). Needs a display (a real one, Xvfb or Monocle). Every OS;
 * call from a non-FX thread, once per JVM.
 */
public final class TimelineBench {
    /** Figures: building the rows (off the FX thread) and FX time per pan/zoom frame, in milliseconds. */
    public record Result(int bars, double buildMillis, int frames, double fxMedian, double fxP95, double fxMax) {
    }

    private TimelineViewModel viewModel;

    /** A history holding launch "L" of {@code processes} children: every third forked by the root, the rest each by the one before. */
    public static ProcessHistory syntheticLaunch(int processes) {
        ProcessHistory history = new ProcessHistory();
        history.accept(new ProcessEvent.Fork(0, 100, 1, 10));
        history.launchStarted("L", new ProcessKey(100, 10));
        for (int i = 0; i <= processes; i++) {
            if (i < processes) {
                history.accept(new ProcessEvent.Fork(1_000_000L * i, 1_000 + i, i % 3 == 0 ? 100 : 999 + i, 20 + i));
            }
            if (i > 0) { // the one before ends after its child started, so the child nests under it
                history.accept(new ProcessEvent.Exit(1_000_000L * i + 500_000, 999 + i,
                        Optional.of(i % 50 == 0 ? new ExitStatus.Exited(2) : new ExitStatus.Exited(0)), -1));
            }
        }
        return history;
    }

    /** Times {@code frames} steps after {@code warmup} untimed ones (the JIT compiles the drawing first). */
    public Result run(int processes, int warmup, int frames) throws Exception {
        ProcessHistory history = syntheticLaunch(processes);
        long t0 = System.nanoTime();
        TimelineRows rows = TimelineRows.of(history.view().launch("L"), 1_000_000L * (processes + 1), false);
        double buildMillis = (System.nanoTime() - t0) / 1e6;

        ToolkitEnvironment.prepare();
        CompletableFuture<Void> shown = new CompletableFuture<>();
        Platform.startup(() -> {
            AppState state = new AppState(dev.progeny.probes.Platform.current(), new BackgroundTaskExecutor());
            viewModel = new TimelineViewModel(state, key -> { });
            Stage stage = new Stage();
            stage.setScene(new Scene(new TimelineView(viewModel).node(), 1280, 600));
            stage.show();
            shown.complete(null);
        });
        shown.get(60, TimeUnit.SECONDS);
        onFx(() -> {
            viewModel.show("L", rows);
            return null;
        });
        long[] fx = new long[frames];
        for (int i = 0; i < warmup + frames; i++) {
            int step = i;
            long nanos = onFx(() -> {
                long start = System.nanoTime();
                TimelineViewport v = viewModel.viewportProperty().get();
                viewModel.viewportProperty().set(switch (step % 4) {
                    case 0 -> v.zoom(1.3, v.width() / 3);
                    case 1 -> v.pan(-40, -7, rows.bars().size());
                    case 2 -> v.zoom(1 / 1.2, v.width() * 2 / 3);
                    default -> v.pan(25, -30, rows.bars().size());
                });
                return System.nanoTime() - start;
            });
            if (i >= warmup) {
                fx[i - warmup] = nanos;
            }
        }
        Platform.exit();
        Arrays.sort(fx);
        return new Result(rows.bars().size(), buildMillis, frames, fx[frames / 2] / 1e6,
                fx[(int) Math.min(frames - 1, Math.ceil(frames * 0.95) - 1)] / 1e6, fx[frames - 1] / 1e6);
    }
}
