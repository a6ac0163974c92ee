package dev.progeny.app.gui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/** Runs everything at once on the calling thread: for view-model tests without a screen. Thread-safe. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    @Override
    public <T> Future<T> execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception | Error e) {
            onFailure.accept(e);
            return CompletableFuture.failedFuture(e);
        }
        onSuccess.accept(result);
        return CompletableFuture.completedFuture(result);
    }

    @Override
    public void runOnFx(Runnable action) {
        action.run();
    }

    /** The test's own thread stands for the FX thread. */
    @Override
    public boolean onUiThread() {
        return true;
    }

    @Override
    public void shutdown() {
        // Nothing runs in the background.
    }
}
