package dev.progeny.app.gui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/** Daemon worker threads for blocking work; results come back with {@link Platform#runLater}. Thread-safe. */
public final class BackgroundTaskExecutor implements TaskExecutor {
    private final ExecutorService workers;

    public BackgroundTaskExecutor() {
        AtomicInteger count = new AtomicInteger();
        workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "progeny-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> Future<T> execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        FutureTask<T> task = new FutureTask<>(work) {
            @Override
            protected void done() {
                if (isCancelled()) {
                    return;
                }
                try {
                    T result = get();
                    Platform.runLater(() -> onSuccess.accept(result));
                } catch (ExecutionException e) {
                    Platform.runLater(() -> onFailure.accept(e.getCause()));
                } catch (InterruptedException | CancellationException e) {
                    // get() after done() neither waits nor is cancelled: unreachable.
                    Thread.currentThread().interrupt();
                }
            }
        };
        try {
            workers.execute(task);
        } catch (RejectedExecutionException e) {
            // Shut down: a late FX callback (a refresh that just finished) may still ask for work.
            task.cancel(false);
        }
        return task;
    }

    @Override
    public void runOnFx(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public boolean onUiThread() {
        return Platform.isFxApplicationThread();
    }

    @Override
    public void shutdown() {
        workers.shutdownNow();
    }
}
