package dev.progeny.app.gui.bench;

import static dev.progeny.app.gui.bench.FxCalls.onFx;

import dev.progeny.app.gui.MainWindow;
import dev.progeny.app.gui.MainWindowBuilder;
import dev.progeny.app.gui.ProgenyApp;
import dev.progeny.app.gui.Shortcuts;
import dev.progeny.app.gui.ToolkitEnvironment;
import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.gui.common.BackgroundTaskExecutor;
import dev.progeny.app.gui.launch.LaunchBarStyles;
import dev.progeny.probes.launch.Launch;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;

/**
 * Launches one command many times in a row through the real window's launch bar, as a user
 * pressing Enter would, and reads what the window holds: live threads, resident memory and heap
 * in use after a GC, before, after every launch has ended (all still listed), and after Clear
 * ended and the idle workers' time out. Needs a display (a real
 * one or Xvfb). Linux, FreeBSD, macOS. Call from a non-FX thread, once per JVM.
 */
public final class LaunchesBench {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** Threads, resident and heap-used megabytes (after a GC) at one moment, and how many launches the window listed. */
    public record Reading(int threads, double rssMb, double heapMb, int listed) {
    }

    /** The figures: at the start (after {@code warmup} launches, cleared), after all, after Clear ended. */
    public record Result(int launches, Reading start, Reading afterAll, Reading afterClear, double launchesPerSecond) {
    }

    private AppState state;
    private MainWindow window;

    /**
     * {@code settle}: how long to wait after Clear ended before the last reading, so that worker
     * threads idle since the burst have left the pool (a cached pool keeps them 60 s).
     */
    public Result run(String command, int warmup, int launches, Duration settle) throws Exception {
        ToolkitEnvironment.prepare();
        CompletableFuture<Void> shown = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                open();
                shown.complete(null);
            } catch (RuntimeException e) {
                shown.completeExceptionally(e);
            }
        });
        shown.get(60, TimeUnit.SECONDS);
        try {
            launchAll(command, warmup);
            clearEnded();
            Reading start = read();
            long t0 = System.nanoTime();
            launchAll(command, launches);
            double perSecond = launches / ((System.nanoTime() - t0) / 1e9);
            Reading afterAll = read();
            clearEnded();
            Thread.sleep(settle.toMillis());
            Reading afterClear = read();
            return new Result(launches, start, afterAll, afterClear, perSecond);
        } finally {
            onFx(Platform::exit);
        }
    }

    private void open() {
        Stage stage = new Stage();
        state = new AppState(dev.progeny.probes.Platform.current(), new BackgroundTaskExecutor());
        window = MainWindowBuilder.build(stage, state, ProgenyApp.features());
        stage.show();
    }

    /** Types {@code command} into the Run field and presses Launch, {@code count} times, each after the last ended. */
    private void launchAll(String command, int count) throws Exception {
        for (int i = 0; i < count; i++) {
            int before = onFx(() -> state.launches().size());
            onFx(() -> {
                ((ComboBox<?>) window.scene().lookup("#" + LaunchBarStyles.COMMAND_ID)).getEditor().setText(command);
                ((Button) window.scene().lookup("#" + LaunchBarStyles.BUTTON_ID)).fire();
            });
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (onFx(() -> state.launches().size()) == before) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("launch " + (i + 1) + " did not appear within " + PATIENCE);
                }
                Thread.sleep(2);
            }
            Launch launch = onFx(() -> state.launches().getLast());
            if (launch.waitFor(PATIENCE).isEmpty()) {
                throw new IllegalStateException("launch " + launch.id() + " did not end within " + PATIENCE);
            }
        }
    }

    /** Clear ended, as its shortcut does; then the window's next refresh settles what it freed. */
    private void clearEnded() throws Exception {
        onFx(() -> window.scene().getAccelerators().get(Shortcuts.CLEAR_ENDED).run());
        Thread.sleep(2_000);
    }

    private Reading read() throws Exception {
        System.gc();
        Thread.sleep(500);
        int self = (int) ProcessHandle.current().pid();
        double rss = dev.progeny.probes.Platform.current().processTable().snapshot().process(self)
                .map(p -> p.rssBytes() / (1024.0 * 1024)).orElse(Double.NaN);
        double heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024);
        return new Reading(ManagementFactory.getThreadMXBean().getThreadCount(), rss, heap, onFx(() -> state.launches().size()));
    }
}
