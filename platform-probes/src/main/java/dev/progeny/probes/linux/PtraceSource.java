package dev.progeny.probes.linux;

import dev.progeny.probes.events.EventSource;
import dev.progeny.probes.events.ProcessEvent;
import dev.progeny.probes.launch.ExitStatus;
import dev.progeny.probes.linux.PtraceState.Unavailable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The exact event source of one traced launch: every fork, exec and exit of its processes, in
 * order, from the {@link Tracer}'s thread (so a sink must be quick: the launch's processes wait
 * while it runs). Events that happen before {@link #start} are kept (the first {@value #EARLY_CAP};
 * then a {@link ProcessEvent.Lost} counts the rest) and delivered first.
 * {@link #close()} detaches ("Stop recording") and never kills. Linux. Thread-safe.
 */
public final class PtraceSource implements EventSource {
    private static final System.Logger LOG = System.getLogger(PtraceSource.class.getName());
    /** Events kept for a sink not given yet; later ones are counted, and reported as lost. */
    static final int EARLY_CAP = 65_536;
    /** The name of ptrace sources, per launch and platform-wide. */
    static final String NAME = "ptrace";
    /** How long {@link #close()} waits for the release: a task is released at its next stop, at once. */
    private static final Duration RELEASE_WAIT = Duration.ofSeconds(5);

    private final Tracer tracer;
    private final String launchId;
    private final int rootPid;
    private final PtraceRoot root;
    private final CompletableFuture<PtraceState> seized = new CompletableFuture<>();
    private final CompletableFuture<Void> released = new CompletableFuture<>();
    private final AtomicBoolean started = new AtomicBoolean();
    private final Set<Integer> processes = ConcurrentHashMap.newKeySet();
    private final Set<Integer> stopped = ConcurrentHashMap.newKeySet();
    private volatile PtraceState state;
    // Tracer thread only:
    private final List<ProcessEvent> early = new ArrayList<>();
    private long dropped;
    private Consumer<ProcessEvent> sink;
    private int tasks;
    private boolean detaching;

    PtraceSource(Tracer tracer, String launchId, int rootPid, PtraceRoot root) {
        this.tracer = tracer;
        this.launchId = launchId;
        this.rootPid = rootPid;
        this.root = root;
    }

    /** A source that never started: {@code why} says why. */
    static PtraceSource unavailable(String launchId, int rootPid, Unavailable why) {
        PtraceSource source = new PtraceSource(null, launchId, rootPid, null);
        source.seized(why);
        source.released.complete(null);
        return source;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean exact() {
        return true;
    }

    @Override
    public void start(Consumer<ProcessEvent> newSink) {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("already started");
        }
        if (tracer != null) {
            tracer.submit(loop -> {
                sink = newSink;
                early.forEach(this::deliver);
                early.clear();
                if (dropped > 0) {
                    deliver(new ProcessEvent.Lost(System.nanoTime(), dropped,
                            "events of launch " + launchId + " before recording started, beyond the first " + EARLY_CAP));
                }
            });
        }
    }

    /** Why it records nothing: tracing could not start, or recording was stopped (detached). */
    @Override
    public Optional<String> unavailable() {
        return switch (state) {
            case Unavailable u -> Optional.of(u.detail());
            case PtraceState.Detached d -> Optional.of("recording stopped: the launch was detached, a debugger may attach");
            case null, default -> Optional.empty();
        };
    }

    /** "Stop recording": releases every process of the launch; completes once all are released. */
    public CompletableFuture<Void> detach() {
        if (state instanceof PtraceState.Tracing) {
            tracer.submit(loop -> loop.detach(this));
        }
        return released;
    }

    /**
     * Detaches and returns once every process is released (a debugger can attach then), or after
     * {@link #RELEASE_WAIT} at most. Never from the tracer thread (a sink): that would wait for itself.
     */
    @Override
    public void close() {
        try {
            detach().get(RELEASE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            LOG.log(System.Logger.Level.WARNING, "launch " + launchId + " not yet wholly released after " + RELEASE_WAIT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public PtraceState state() {
        return state;
    }

    public String launchId() {
        return launchId;
    }

    public int rootPid() {
        return rootPid;
    }

    /** The launch's processes traced now. */
    public Set<Integer> tracedPids() {
        return Set.copyOf(processes);
    }

    /**
     * The launch's processes in a group-stop now. The kernel shows a stopped tracee as
     * {@code t} (tracing stop), not {@code T}; these are the ones a user stopped (SIGSTOP,
     * Ctrl-Z, Suspend); the process table shows them as stopped ({@link Tracer#groupStopped}).
     */
    public Set<Integer> stopped() {
        return Set.copyOf(stopped);
    }

    boolean isStopped(int pid) {
        return stopped.contains(pid);
    }

    PtraceState awaitSeized() {
        return seized.join();
    }

    void seized(PtraceState result) {
        state = result;
        if (tracer != null && result instanceof PtraceState.Tracing) {
            tracer.sources.add(this);
        }
        seized.complete(result);
    }

    void emit(ProcessEvent event) {
        tracer.events.deliver(event);
        if (sink == null && early.size() < EARLY_CAP) {
            early.add(event);
        } else if (sink == null) {
            dropped++;
        } else {
            deliver(event);
        }
    }

    private void deliver(ProcessEvent event) {
        EventSource.deliver(sink, event, NAME + " of launch " + launchId);
    }

    void taskAdded(PtraceTask t) {
        tasks++;
        if (t.isProcess()) {
            processes.add(t.tid);
            tracer.traced.add(t.tid);
        }
    }

    /** A task was reaped or released; the source is finished with its last one. */
    void taskRemoved(PtraceTask t) {
        tasks--;
        if (t.isProcess()) {
            processes.remove(t.tid);
            stopped.remove(t.tid);
            tracer.traced.remove(t.tid);
        }
        if (tasks == 0) {
            state = detaching ? new PtraceState.Detached() : new PtraceState.Ended();
            tracer.sources.remove(this);
            if (detaching) {
                emit(new ProcessEvent.Lost(System.nanoTime(), -1, "recording stopped: launch " + launchId + " detached"));
            }
            released.complete(null);
        }
    }

    void groupStopped(PtraceTask t, int signal) {
        if (t.isProcess()) {
            stopped.add(t.tid);
            if (t.tid == rootPid) {
                root.stopped(signal);
            }
        }
    }

    void continued(PtraceTask t) {
        stopped.remove(t.tid);
    }

    void rootReaped(ExitStatus status) {
        root.reaped(status);
    }

    void rootReleased() {
        root.released();
    }

    boolean detaching() {
        return detaching;
    }

    void startDetaching() {
        detaching = true;
    }
}
