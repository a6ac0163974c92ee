package dev.progeny.app.gui.bench;

import static dev.progeny.app.gui.bench.FxCalls.onFx;

import com.sun.management.OperatingSystemMXBean;
import dev.progeny.app.gui.MainWindow;
import dev.progeny.app.gui.MainWindowBuilder;
import dev.progeny.app.gui.ProgenyApp;
import dev.progeny.app.gui.ToolkitEnvironment;
import dev.progeny.app.gui.WatchFeature;
import dev.progeny.app.gui.WindowFeature;
import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.gui.common.BackgroundTaskExecutor;
import dev.progeny.app.gui.processtree.ProcessTreeViewModel;
import dev.progeny.app.gui.processtree.RefreshStats;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.launch.Isolation;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchException;
import dev.progeny.probes.launch.LaunchSpec;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Opens the real window in the whole-system view (or the launches view, watching one launched
 * command) and measures it: FX-thread time per refresh
 * (around the body that applies each refresh), process CPU time and peak resident memory over
 * one window, then the longest FX-thread stall (how late a probe posted every 50 ms runs) over a
 * second window of the same length, and the time to the first painted tree; all but the first
 * paint after a warm-up (JIT). Needs a display (a real one or Xvfb). Linux, FreeBSD, macOS. Call
 * from a non-FX thread, once per JVM.
 */
public final class UiBench {
    /** The figures, times in milliseconds. */
    public record Result(int processes, int rows, int ticks, double fxMedian, double fxP95, double fxMax,
                         double fxCpuMedian, double firstFx, double backgroundMedian, double stallMax,
                         double cpuPercentOfOneCore, double rssMbMax, double fxStartToFirstPaint,
                         double jvmStartToFirstPaint, double cpuToFirstPaint, double loadAverage) {
    }

    private static final long PROBE_MILLIS = 50;

    private final List<RefreshStats> ticks = new ArrayList<>();
    private final AtomicLong stallMaxNanos = new AtomicLong();
    private final AtomicLong firstPaintNanos = new AtomicLong();
    private final AtomicLong cpuAtFirstPaint = new AtomicLong();
    private final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final CompletableFuture<Void> painted = new CompletableFuture<>();
    private volatile long rssMax;
    private RefreshStats first;
    private ProcessTreeViewModel tree;

    /** Which rows the window shows while measured. */
    public enum View {
        /** Every process on the system. */
        SYSTEM,
        /** The default view, with one launched command ({@link #WATCHED}) as a user would have. */
        LAUNCHES
    }

    /** What the launches view watches: a shell with two sleeping children, in a session of its own. */
    static final List<String> WATCHED = List.of("sh", "-c", "sleep 600 & sleep 600 & wait");

    private Launch watched;

    public Result run(View view, Duration warmup, Duration measure, Duration interval) throws Exception {
        ToolkitEnvironment.prepare();
        long fxStart = System.nanoTime();
        CompletableFuture<Void> shown = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                open(view, interval);
                shown.complete(null);
            } catch (LaunchException | RuntimeException e) {
                shown.completeExceptionally(e);
            }
        });
        try {
            return measure(warmup, measure, shown, fxStart);
        } finally {
            if (watched != null) {
                dev.progeny.probes.Platform.current().terminator().escalate(watched.family(), Duration.ofSeconds(2));
                watched.close();
            }
        }
    }

    private Result measure(Duration warmup, Duration measure, CompletableFuture<Void> shown, long fxStart) throws Exception {
        shown.get(60, TimeUnit.SECONDS);
        painted.get(120, TimeUnit.SECONDS);
        long jvmUptimeAtPaint = ManagementFactory.getRuntimeMXBean().getUptime()
                - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - firstPaintNanos.get());

        Thread.sleep(warmup.toMillis());
        onFx(ticks::clear);
        long cpu0 = os.getProcessCpuTime();
        long wall0 = System.nanoTime();
        Thread.sleep(measure.toMillis());
        long cpu = os.getProcessCpuTime() - cpu0;
        long wall = System.nanoTime() - wall0;
        probeStalls(System.nanoTime() + measure.toNanos());

        List<RefreshStats> measured = onFx(() -> List.copyOf(ticks));
        onFx(Platform::exit);
        long[] fx = measured.stream().mapToLong(RefreshStats::fxNanos).sorted().toArray();
        long[] fxCpu = measured.stream().mapToLong(RefreshStats::fxCpuNanos).sorted().toArray();
        long[] bg = measured.stream().mapToLong(RefreshStats::backgroundNanos).sorted().toArray();
        RefreshStats last = measured.isEmpty() ? first : measured.getLast();
        return new Result(last.processes(), last.rows(), fx.length, ms(at(fx, 0.5)), ms(at(fx, 0.95)), ms(at(fx, 1.0)),
                ms(at(fxCpu, 0.5)), ms(first.fxNanos()), ms(at(bg, 0.5)), ms(stallMaxNanos.get()), cpu * 100.0 / wall,
                rssMax / (1024.0 * 1024), ms(firstPaintNanos.get() - fxStart), jvmUptimeAtPaint,
                ms(cpuAtFirstPaint.get()), os.getSystemLoadAverage());
    }

    private void open(View view, Duration interval) throws LaunchException {
        Stage stage = new Stage();
        AppState state = new AppState(dev.progeny.probes.Platform.current(), new BackgroundTaskExecutor());
        List<WindowFeature> features = ProgenyApp.features();
        MainWindow window = MainWindowBuilder.build(stage, state, features);
        tree = features.stream().filter(WatchFeature.class::isInstance).map(f -> ((WatchFeature) f).tree())
                .findFirst().orElseThrow(() -> new IllegalStateException("no watch feature"));
        tree.intervalProperty().set(interval);
        tree.systemViewProperty().set(view == View.SYSTEM);
        if (view == View.LAUNCHES) {
            watched = state.platform().launcher().launch(LaunchSpec.of(WATCHED).withIsolation(Isolation.SESSION));
            state.launches().add(watched);
        }
        int self = (int) ProcessHandle.current().pid();
        state.snapshotProperty().addListener((obs, old, now) -> recordRss(now, self));
        AtomicBoolean waiting = new AtomicBoolean(true);
        tree.lastRefreshProperty().addListener((obs, old, now) -> {
            ticks.add(now);
            if (first == null && now.rows() > 0 && waiting.getAndSet(false)) {
                first = now;
                Runnable[] once = new Runnable[1];
                once[0] = () -> {
                    firstPaintNanos.set(System.nanoTime());
                    cpuAtFirstPaint.set(os.getProcessCpuTime());
                    window.scene().removePostLayoutPulseListener(once[0]);
                    painted.complete(null);
                };
                window.scene().addPostLayoutPulseListener(once[0]);
            }
        });
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    private void recordRss(Snapshot snapshot, int self) {
        snapshot.process(self).ifPresent(p -> rssMax = Math.max(rssMax, p.rssBytes()));
    }

    /**
     * Posts a probe every 50 ms (once the last one ran) and keeps the longest wait until it ran.
     * Runs after the CPU window: each probe wakes the FX thread, which would count as Progeny's.
     */
    private void probeStalls(long until) throws InterruptedException {
        while (System.nanoTime() < until) {
            long posted = System.nanoTime();
            CompletableFuture<Void> ran = new CompletableFuture<>();
            Platform.runLater(() -> {
                stallMaxNanos.accumulateAndGet(System.nanoTime() - posted, Math::max);
                ran.complete(null);
            });
            try {
                ran.get(10, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("the FX thread did not answer for 10 s", e);
            }
            Thread.sleep(PROBE_MILLIS);
        }
    }

    private static long at(long[] sorted, double quantile) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
