package dev.progeny.probes.posix;

import dev.progeny.probes.launch.ExitStatus;
import dev.progeny.probes.launch.LaunchRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * How a launch's root ended, set once by the one thread that reaps it, so waiting is idempotent;
 * and the launch's entry in the registry, which goes once the root is reaped and the launch is
 * closed, in either order. Shared by the Linux, FreeBSD and macOS launches. Thread-safe.
 */
public final class RootStatus {
    private final CompletableFuture<ExitStatus> exit = new CompletableFuture<>();
    private final LaunchRegistry registry;
    private final String id;
    private boolean closed;

    public RootStatus(LaunchRegistry registry, String id) {
        this.registry = registry;
        this.id = id;
    }

    /** The root was reaped: its pid is free for others to reap, and waiters get {@code status}. */
    public synchronized void reaped(ExitStatus status) {
        registry.rootReaped(id);
        if (closed) {
            registry.remove(id);
        }
        exit.complete(status);
    }

    /** The launch was closed: it leaves the registry now, or once its root is reaped. */
    public synchronized void close() {
        closed = true;
        if (exit.isDone()) {
            registry.remove(id);
        }
    }

    /** The root could not be waited for (an errno from waitpid): waiting callers get an error. */
    public void fail(String why) {
        exit.completeExceptionally(new IllegalStateException(why));
    }

    /** Whether the root has been reaped (false while waiting, and where it could not be waited for). */
    public boolean reaped() {
        return exit.isDone() && !exit.isCompletedExceptionally();
    }

    /** The status if the root has been reaped. */
    public Optional<ExitStatus> now() {
        return Optional.ofNullable(exit.getNow(null));
    }

    /** Completes when the root is reaped (or cannot be waited for); callers cannot complete it. */
    public CompletionStage<ExitStatus> onExit() {
        return exit.minimalCompletionStage();
    }

    public ExitStatus await() throws InterruptedException {
        try {
            return exit.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        }
    }

    public Optional<ExitStatus> await(Duration timeout) throws InterruptedException {
        try {
            return Optional.of(exit.get(timeout.toNanos(), TimeUnit.NANOSECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        }
    }
}
