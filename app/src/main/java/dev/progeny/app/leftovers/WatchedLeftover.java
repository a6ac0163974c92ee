package dev.progeny.app.leftovers;

import dev.progeny.probes.ProcessTable;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Signal;
import dev.progeny.probes.launch.Containment;
import dev.progeny.probes.launch.ExitStatus;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchFamily;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.launch.OutputLog;
import dev.progeny.probes.terminate.Delivery;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A leftover shown and ended like a launch of this Progeny ("Watch"). It was not started here, so
 * nothing is captured and its exit status cannot be learnt: it ends, with
 * {@link ExitStatus.Unknown}, when no member is alive. Any OS; thread-safe.
 */
public final class WatchedLeftover implements Launch {
    private static final Duration POLL = Duration.ofMillis(500);
    private static final System.Logger LOG = System.getLogger(WatchedLeftover.class.getName());

    private final Leftover leftover;
    private final ProcessTable table;
    private final CompletableFuture<ExitStatus> exit = new CompletableFuture<>();
    private final AtomicBoolean polling = new AtomicBoolean();
    private volatile boolean ended;

    public WatchedLeftover(Leftover leftover, ProcessTable table) {
        this.leftover = leftover;
        this.table = table;
    }

    @Override
    public String id() {
        return leftover.entry().id();
    }

    /** The command as its Progeny wrote it down, for the window's label. */
    @Override
    public LaunchSpec spec() {
        return LaunchSpec.of("sh", "-c", leftover.entry().command());
    }

    @Override
    public ProcessKey root() {
        return leftover.entry().root();
    }

    @Override
    public Set<Containment> containment() {
        return leftover.family().cgroup().isPresent() ? Set.of(Containment.ENVIRONMENT_TAG, Containment.CGROUP)
                : Set.of(Containment.ENVIRONMENT_TAG);
    }

    @Override
    public Map<Containment, String> unavailable() {
        Map<Containment, String> why = new EnumMap<>(Containment.class);
        why.put(Containment.SUBREAPER, "left by an earlier Progeny: its orphans go to init, not to this Progeny");
        return why;
    }

    @Override
    public LaunchFamily family() {
        return leftover.family();
    }

    @Override
    public OutputLog output() {
        return OutputLog.none();
    }

    /** Its group is no longer one Progeny made and can vouch for: end it through its family instead. */
    @Override
    public Delivery signalGroup(Signal signal) {
        return new Delivery(root(), Delivery.Scope.GROUP, signal, Instant.now(), Delivery.Outcome.REFUSED,
                "a leftover's group is not one this Progeny made: end it through its family");
    }

    @Override
    public Optional<ExitStatus> exitStatus() {
        return ended ? Optional.of(new ExitStatus.Unknown()) : Optional.empty();
    }

    @Override
    public ExitStatus waitFor() throws InterruptedException {
        while (!ended) {
            Thread.sleep(POLL);
            checkEnded();
        }
        return new ExitStatus.Unknown();
    }

    @Override
    public Optional<ExitStatus> waitFor(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        checkEnded();
        while (!ended && System.nanoTime() < deadline) {
            Thread.sleep(Math.min(POLL.toMillis(), Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
            checkEnded();
        }
        return exitStatus();
    }

    /** Polled on one virtual thread: no kernel event tells Progeny when another Progeny's family ends. */
    @Override
    public CompletionStage<ExitStatus> onExit() {
        if (polling.compareAndSet(false, true)) {
            Thread.ofVirtual().name("progeny-leftover-" + id()).start(() -> {
                try {
                    exit.complete(waitFor());
                } catch (InterruptedException e) {
                    exit.completeExceptionally(e);
                }
            });
        }
        return exit.minimalCompletionStage();
    }

    private void checkEnded() {
        try {
            ended = family().members(table.snapshot()).stream().noneMatch(p -> p.state().isAlive());
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot read the process table for " + id(), e);
        }
    }

    /** Removes the leftover's cgroup once it is empty (it was the earlier Progeny's to remove). */
    @Override
    public void close() {
        family().cgroup().filter(dir -> ended).ifPresent(Leftover::removeEmpty);
    }

    @Override
    public String toString() {
        return family().description();
    }
}
