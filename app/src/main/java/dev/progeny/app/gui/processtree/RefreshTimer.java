package dev.progeny.app.gui.processtree;

import dev.progeny.app.gui.common.TaskExecutor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Asks the view-model for a refresh every interval unless paused. A plain scheduled daemon
 * thread rather than a JavaFX animation, which would keep the FX pulse (and a core) busy
 * between refreshes. Start and stop on the FX thread.
 */
public final class RefreshTimer {
    private final ProcessTreeViewModel viewModel;
    private final TaskExecutor executor;
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "progeny-refresh-clock");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> ticking;

    public RefreshTimer(ProcessTreeViewModel viewModel, TaskExecutor executor) {
        this.viewModel = viewModel;
        this.executor = executor;
        viewModel.pausedProperty().addListener((obs, old, now) -> reschedule());
        viewModel.intervalProperty().addListener((obs, old, now) -> reschedule());
    }

    /** Refreshes now and then every interval. */
    public void start() {
        viewModel.refresh();
        reschedule();
    }

    public void stop() {
        if (ticking != null) {
            ticking.cancel(false);
        }
        clock.shutdownNow();
    }

    private void reschedule() {
        if (ticking != null) {
            ticking.cancel(false);
            ticking = null;
        }
        if (viewModel.pausedProperty().get() || clock.isShutdown()) {
            return;
        }
        long millis = Math.max(100, viewModel.intervalProperty().get().toMillis());
        ticking = clock.scheduleAtFixedRate(() -> executor.runOnFx(viewModel::refresh), millis, millis, TimeUnit.MILLISECONDS);
    }
}
