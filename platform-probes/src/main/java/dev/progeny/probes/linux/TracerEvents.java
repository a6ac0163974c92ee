package dev.progeny.probes.linux;

import dev.progeny.probes.events.EventSource;
import dev.progeny.probes.events.ProcessEvent;
import dev.progeny.probes.launch.LaunchSpec;
import java.util.function.Consumer;

/**
 * Every traced launch's events as one platform-wide source (name "ptrace", exact), for the
 * platform's source selection: the events of each launch started {@code traced} reach this sink
 * as well as the launch's own {@link PtraceSource}, in order, from the tracer thread. It follows
 * only launches started traced: a root already running cannot be seized before it forks, so
 * {@link #follow} does nothing. Linux. Thread-safe.
 */
final class TracerEvents implements EventSource {
    private final Tracer tracer;
    private volatile Consumer<ProcessEvent> sink;

    TracerEvents(Tracer tracer) {
        this.tracer = tracer;
    }

    @Override
    public String name() {
        return PtraceSource.NAME;
    }

    @Override
    public boolean exact() {
        return true;
    }

    @Override
    public boolean seesEveryProcess() {
        return false;
    }

    /** Launches are seen only when started traced. */
    @Override
    public LaunchSpec recordable(LaunchSpec spec) {
        return spec.traced(true);
    }

    /** From launches traced after this call. */
    @Override
    public void start(Consumer<ProcessEvent> newSink) {
        sink = newSink;
    }

    /** Tracer thread: one event of one traced launch. */
    void deliver(ProcessEvent event) {
        Consumer<ProcessEvent> s = sink;
        if (s == null) {
            return;
        }
        EventSource.deliver(s, event, PtraceSource.NAME);
    }

    /** Stops delivering and, once started, detaches every traced launch (never kills). */
    @Override
    public void close() {
        if (sink != null) {
            sink = null;
            tracer.detachAll();
        }
    }
}
