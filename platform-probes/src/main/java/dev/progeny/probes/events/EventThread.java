package dev.progeny.probes.events;

/**
 * The daemon thread a kernel event source reads on, and the one way to stop it: {@link #stop}
 * marks it closed, so its loop ends at its next wake-up, and waits for it. Any OS; thread-safe.
 */
public final class EventThread {
    private final String name;
    private volatile boolean closed;
    private Thread thread;

    /** {@code name}: the thread's, e.g. "progeny-kqueue". */
    public EventThread(String name) {
        this.name = name;
    }

    /** Starts {@code loop} on the thread; the loop runs while {@link #running()}. */
    public synchronized void start(Runnable loop) {
        if (thread != null) {
            throw new IllegalStateException(name + " already started");
        }
        thread = Thread.ofPlatform().daemon().name(name).start(loop);
    }

    /** Whether the loop should go on: {@link #stop} has not been called. */
    public boolean running() {
        return !closed;
    }

    /**
     * Marks the thread closed and waits for its loop to end. Returns false when it was stopped
     * already, so the caller frees its kernel resources exactly once.
     */
    public boolean stop() {
        Thread t;
        synchronized (this) {
            if (closed) {
                return false;
            }
            closed = true;
            t = thread;
        }
        if (t != null) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return true;
    }
}
