package dev.progeny.app.gui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs blocking work (snapshots, spawns, signals, waits, file reads) off the JavaFX thread
 * and hands the result back on it. The app uses {@link BackgroundTaskExecutor}; view-model
 * tests use {@link CurrentThreadTaskExecutor}. Implementations are thread-safe.
 */
public interface TaskExecutor {

    /**
     * Runs {@code work} in the background, then {@code onSuccess} or {@code onFailure} on the
     * FX thread (or, in tests, on the calling thread).
     */
    <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** Runs {@code action} on the FX thread (or, in tests, right away). */
    void runOnFx(Runnable action);

    /** Stops accepting work; running work is interrupted. */
    void shutdown();
}
