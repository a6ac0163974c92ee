package dev.progeny.app.gui.processtree;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Refreshes the view-model every interval unless paused, on its own scheduled daemon thread
 * (which also takes the snapshot: see {@link ProcessTreeViewModel#refreshFromClock()}) rather
 * than a JavaFX animation, which would keep the FX pulse (and a core) busy between refreshes.
 * Start and stop on the FX thread.
 */
public final class RefreshTimer {
    private final ProcessTreeViewModel viewModel;
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "progeny-refresh-clock");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> ticking;

    public RefreshTimer(ProcessTreeViewModel viewModel) {
        this.viewModel = viewModel;
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
        ticking = clock.scheduleAtFixedRate(viewModel::refreshFromClock, millis, millis, TimeUnit.MILLISECONDS);
    }
}
