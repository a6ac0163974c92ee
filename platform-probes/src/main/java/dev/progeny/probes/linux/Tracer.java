package dev.progeny.probes.linux;

import dev.progeny.probes.events.EventSource;
import dev.progeny.probes.linux.PtraceState.Reason;
import dev.progeny.probes.linux.PtraceState.Unavailable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Progeny's one ptrace tracer: a single thread that makes every ptrace call and every wait for
 * every traced launch (ptrace attaches a tracee to a thread, and a wait from any other thread of
 * this JVM could consume its stops). The thread runs while something is traced and ends when
 * nothing is. See docs/decisions/0012. Linux. Thread-safe.
 */
public final class Tracer {
    private static final Tracer SHARED = new Tracer();

    /** Pids of every process traced now, by any launch: an orphan reaper must leave them alone. */
    final Set<Integer> traced = ConcurrentHashMap.newKeySet();
    /** The sources still tracing something. */
    final Set<PtraceSource> sources = ConcurrentHashMap.newKeySet();
    final TracerEvents events = new TracerEvents(this);
    private final Object lock = new Object();
    private final List<Consumer<TracerLoop>> requests = new ArrayList<>();
    private TracerLoop loop;

    Tracer() {
    }

    public static Tracer shared() {
        return SHARED;
    }

    /**
     * Traces the launch whose root {@code rootPid}, a child of this JVM, was started stopped in its
     * wrapper ({@code ExecWrapper.PreExec.STOP}, asked for by {@link TracerWatch}): seizes it,
     * undoes the hold, and returns its source, already recording.
     * When tracing is unavailable the source says why ({@link PtraceSource#state()}), the hold is
     * undone by {@code letGo} (SIGCONT to the root's group through the guarded sender) and the
     * caller must wait for the root itself. Blocks until the root is seized or
     * refused. No other thread may wait for the root while it is traced.
     */
    public PtraceSource trace(String launchId, int rootPid, Runnable letGo, PtraceRoot root) {
        if (!PtraceCalls.awaitStopped(rootPid)) {
            return PtraceSource.unavailable(launchId, rootPid,
                    new Unavailable(Reason.ROOT_GONE, 0, "process " + rootPid + " ended before it could be traced"));
        }
        Optional<Unavailable> yama = PtraceScope.current();
        if (yama.isPresent()) {
            letGo.run();
            return PtraceSource.unavailable(launchId, rootPid, yama.get());
        }
        PtraceSource source = new PtraceSource(this, launchId, rootPid, root);
        submit(l -> l.seize(source));
        if (source.awaitSeized() instanceof Unavailable) {
            letGo.run();
        }
        return source;
    }

    /**
     * Every traced launch's events as one source, for the platform's source selection; open it
     * only when {@link #availability()} is empty.
     */
    public EventSource events() {
        return events;
    }

    /**
     * Why ptrace cannot run here, or empty when it can: Yama's scope, then a real
     * {@code PTRACE_SEIZE} of the tracer's own helper child. Blocks briefly (it may start the
     * tracer thread, which ends again when nothing is traced).
     */
    public Optional<Unavailable> availability() {
        Optional<Unavailable> yama = PtraceScope.current();
        if (yama.isPresent()) {
            return yama;
        }
        CompletableFuture<Optional<Unavailable>> probe = new CompletableFuture<>();
        submit(l -> probe.complete(l.failure()));
        return probe.join();
    }

    /** Detaches every traced launch. */
    void detachAll() {
        sources.forEach(PtraceSource::detach);
    }

    /** Whether {@code pid} is a tracee of any launch held in a group-stop (SIGSTOP, Ctrl-Z, Suspend). */
    public boolean groupStopped(int pid) {
        for (PtraceSource source : sources) {
            if (source.isStopped(pid)) {
                return true;
            }
        }
        return false;
    }

    /** Pids of every process traced now, by any launch. */
    public Set<Integer> tracedPids() {
        return Set.copyOf(traced);
    }

    /** Runs {@code request} on the tracer thread, starting the thread if none runs. */
    void submit(Consumer<TracerLoop> request) {
        synchronized (lock) {
            requests.add(request);
            if (loop == null) {
                loop = new TracerLoop(this);
                Thread.ofPlatform().daemon().name("progeny-tracer").start(loop);
            } else {
                loop.ring();
            }
        }
    }

    /** The requests made since the last call, for {@code caller} to run. */
    List<Consumer<TracerLoop>> takeRequests() {
        synchronized (lock) {
            List<Consumer<TracerLoop>> taken = List.copyOf(requests);
            requests.clear();
            return taken;
        }
    }

    /** Whether {@code caller}, with nothing left to trace, may end: true unless a request just came. */
    boolean retire(TracerLoop caller) {
        synchronized (lock) {
            if (!requests.isEmpty()) {
                return false;
            }
            if (loop == caller) {
                loop = null;
            }
            return true;
        }
    }
}
