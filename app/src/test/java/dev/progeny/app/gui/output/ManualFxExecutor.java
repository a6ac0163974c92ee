package dev.progeny.app.gui.output;

import dev.progeny.app.gui.common.TaskExecutor;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/** Runs background work at once, but holds "FX thread" actions until the test runs them. */
final class ManualFxExecutor implements TaskExecutor {
    private final ConcurrentLinkedQueue<Runnable> fx = new ConcurrentLinkedQueue<>();

    @Override
    public <T> Future<T> execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        try {
            T result = work.call();
            fx.add(() -> onSuccess.accept(result));
            return CompletableFuture.completedFuture(result);
        } catch (Exception e) {
            fx.add(() -> onFailure.accept(e));
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public boolean onUiThread() {
        return true;
    }

    @Override
    public void runOnFx(Runnable action) {
        fx.add(action);
    }

    /** Runs the queued FX actions, as the FX thread would, in order. */
    void runFx() {
        for (Runnable r = fx.poll(); r != null; r = fx.poll()) {
            r.run();
        }
    }

    @Override
    public void shutdown() {
        fx.clear();
    }
}
