package dev.progeny.app.gui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs blocking work (snapshots, spawns, signals, waits, file reads) off the JavaFX thread
 * and hands the result back on it. The app uses {@link BackgroundTaskExecutor}; view-model
 * tests use {@link CurrentThreadTaskExecutor}. Implementations are thread-safe.
 */
public interface TaskExecutor {

    /**
     * Runs {@code work} in the background, then {@code onSuccess} or {@code onFailure} on the
     * FX thread (or, in tests, on the calling thread). Cancelling the returned future interrupts
     * the work, and then neither callback runs.
     */
    <T> Future<T> execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** Runs {@code action} on the FX thread (or, in tests, right away). */
    void runOnFx(Runnable action);

    /** Whether the caller is on the thread that owns the window's state (the FX thread; in tests, any). */
    boolean onUiThread();

    /**
     * Fails fast when an FX-only method is called from elsewhere: JavaFX properties are not
     * thread-safe, and a read from a worker can see anything.
     */
    default void requireUiThread(String what) {
        if (!onUiThread()) {
            throw new IllegalStateException(what + " must run on the FX thread, not on " + Thread.currentThread().getName());
        }
    }

    /** Stops accepting work; running work is interrupted. */
    void shutdown();
}
