package dev.progeny.app.gui.bench;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** Runs code on the FX thread from a bench's own thread and waits for it (at most 30 s). */
final class FxCalls {
    private FxCalls() {
    }

    static <T> T onFx(Callable<T> read) throws Exception {
        CompletableFuture<T> out = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                out.complete(read.call());
            } catch (Exception e) {
                out.completeExceptionally(e);
            }
        });
        return out.get(30, TimeUnit.SECONDS);
    }

    static void onFx(Runnable action) throws Exception {
        onFx(() -> {
            action.run();
            return null;
        });
    }
}
