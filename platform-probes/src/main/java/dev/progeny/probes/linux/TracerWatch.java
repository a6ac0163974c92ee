package dev.progeny.probes.linux;

import dev.progeny.probes.events.EventSource;
import dev.progeny.probes.launch.ExitStatus;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.posix.RootWaiter;
import dev.progeny.probes.posix.RootWatch;
import java.util.Optional;
import java.util.Set;

/**
 * Linux's {@link RootWatch}: the root of a launch asked {@code traced} starts stopped in its
 * wrapper and is handed to the {@link Tracer}, which seizes it, lets it go and from then on is
 * the only one to wait for it and for everything it forks; the launch's {@link PtraceSource} is
 * its event source. Other roots, a traced root the tracer could not seize, and a root detached
 * alive ("Stop recording") are waited for by a {@link RootWaiter}. Linux. Thread-safe.
 */
final class TracerWatch implements RootWatch {
    private final Tracer tracer;
    private final RootWaiter waiter = new RootWaiter();

    TracerWatch(Tracer tracer) {
        this.tracer = tracer;
    }

    @Override
    public boolean stoppedStart(LaunchSpec spec) {
        return spec.traced();
    }

    @Override
    public Optional<EventSource> watch(Root root) {
        if (!root.spec().traced()) {
            return waiter.watch(root);
        }
        // Once the tracer has let the root go, a later waiter sees real stops only.
        Root started = root.started();
        PtraceSource source = tracer.trace(root.id(), root.key().pid(), root.continueGroup(), new PtraceRoot() {
            @Override
            public void reaped(ExitStatus status) {
                root.ended(status);
            }

            @Override
            public void stopped(int signal) {
                root.stopped(signal);
            }

            @Override
            public void released() {
                waiter.watch(started);
            }
        });
        if (source.state() instanceof PtraceState.Unavailable) {
            waiter.watch(started);
        }
        return Optional.of(source);
    }

    /** Every traced process, of any launch: only the tracer thread may wait for those. */
    @Override
    public Set<Integer> waitedFor() {
        return tracer.tracedPids();
    }
}
