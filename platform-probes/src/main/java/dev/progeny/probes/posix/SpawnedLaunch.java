package dev.progeny.probes.posix;

import com.sun.jna.Native;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.launch.Containment;
import dev.progeny.probes.launch.ExitStatus;
import dev.progeny.probes.launch.Family;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchSpec;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A command started by Progeny itself, so Progeny is its parent and reaps it: a daemon thread
 * blocks in {@code waitpid(pid)} for exactly this pid (never -1) and caches the status, which
 * makes waiting idempotent. Used by the FreeBSD and macOS launchers. Thread-safe.
 */
public final class SpawnedLaunch implements Launch {
    private final String id;
    private final LaunchSpec spec;
    private final ProcessKey root;
    private final Set<Containment> containment;
    private final Family family;
    private final Optional<CapturedOutput> output;
    private final CompletableFuture<ExitStatus> exit = new CompletableFuture<>();

    public SpawnedLaunch(String id, LaunchSpec spec, ProcessKey root, Set<Containment> containment, Family family,
                         Optional<CapturedOutput> output, int eintr) {
        this.id = id;
        this.spec = spec;
        this.root = root;
        this.containment = Set.copyOf(containment);
        this.family = family;
        this.output = output;
        Thread.ofPlatform().daemon().name("progeny-wait-" + root.pid()).start(() -> reap(eintr));
    }

    private void reap(int eintr) {
        int[] status = new int[1];
        while (true) {
            int rc = PosixLibc.INSTANCE.waitpid(root.pid(), status, 0);
            if (rc == root.pid()) {
                exit.complete(WaitStatus.decode(status[0]));
                return;
            }
            int errno = Native.getLastError();
            if (rc != -1 || errno != eintr) {
                exit.completeExceptionally(new IllegalStateException("waitpid(" + root.pid() + "): errno " + errno));
                return;
            }
        }
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public LaunchSpec spec() {
        return spec;
    }

    @Override
    public ProcessKey root() {
        return root;
    }

    @Override
    public Set<Containment> containment() {
        return containment;
    }

    @Override
    public Family family() {
        return family;
    }

    /** The captured stdout and stderr; empty when output was inherited. */
    public Optional<CapturedOutput> output() {
        return output;
    }

    @Override
    public Optional<ExitStatus> exitStatus() {
        return exit.isDone() && !exit.isCompletedExceptionally() ? Optional.of(exit.join()) : Optional.empty();
    }

    @Override
    public ExitStatus waitFor() throws InterruptedException {
        try {
            return exit.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public Optional<ExitStatus> waitFor(Duration timeout) throws InterruptedException {
        try {
            return Optional.of(exit.get(timeout.toNanos(), TimeUnit.NANOSECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
