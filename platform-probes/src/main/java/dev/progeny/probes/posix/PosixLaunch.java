package dev.progeny.probes.posix;

import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Signal;
import dev.progeny.probes.events.EventSource;
import dev.progeny.probes.launch.Containment;
import dev.progeny.probes.launch.ExitStatus;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchFamily;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.launch.OutputLog;
import dev.progeny.probes.limits.LaunchLimits;
import dev.progeny.probes.terminate.Delivery;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * A command started by the one launch sequence ({@link PosixLauncher}), on any OS. Progeny is
 * its parent; its {@link RootWatch} reaps it into its {@link RootStatus}, so waiting is
 * idempotent. Thread-safe.
 */
final class PosixLaunch implements Launch {
    /** The launch's identity and what keeps its family. */
    record Parts(String id, LaunchSpec spec, ProcessKey root, Set<Containment> containment,
                 Map<Containment, String> unavailable, LaunchFamily family, OutputLog output, LaunchLimits limits) {
        Parts {
            containment = Set.copyOf(containment);
            unavailable = Map.copyOf(unavailable);
        }
    }

    private final Parts parts;
    private final RootStatus status;
    private final LaunchGroup group;
    private final Consumer<PosixLaunch> onClose;
    private volatile EventSource events;

    PosixLaunch(Parts parts, RootStatus status, LaunchGroup group, Consumer<PosixLaunch> onClose) {
        this.parts = parts;
        this.status = status;
        this.group = group;
        this.onClose = onClose;
    }

    @Override
    public String id() {
        return parts.id();
    }

    @Override
    public LaunchSpec spec() {
        return parts.spec();
    }

    @Override
    public ProcessKey root() {
        return parts.root();
    }

    @Override
    public Set<Containment> containment() {
        return parts.containment();
    }

    @Override
    public Map<Containment, String> unavailable() {
        return parts.unavailable();
    }

    @Override
    public LaunchFamily family() {
        return parts.family();
    }

    /** Its watch records it ({@link RootWatch#watch} returned {@code source}). */
    void recordedBy(EventSource source) {
        events = source;
    }

    @Override
    public Optional<EventSource> events() {
        return Optional.ofNullable(events);
    }

    @Override
    public LaunchLimits limits() {
        return parts.limits();
    }

    @Override
    public OutputLog output() {
        return parts.output();
    }

    @Override
    public Delivery signalGroup(Signal signal) {
        return group.signal(signal);
    }

    @Override
    public Optional<ExitStatus> exitStatus() {
        return status.now();
    }

    @Override
    public ExitStatus waitFor() throws InterruptedException {
        return status.await();
    }

    @Override
    public Optional<ExitStatus> waitFor(Duration timeout) throws InterruptedException {
        return status.await(timeout);
    }

    @Override
    public CompletionStage<ExitStatus> onExit() {
        return status.onExit();
    }

    @Override
    public void close() {
        EventSource source = events;
        if (source != null) {
            source.close(); // detaches, never kills: the root goes back to a waiter of its own
        }
        status.close();
        onClose.accept(this);
    }

    @Override
    public String toString() {
        return parts.family().description();
    }
}
