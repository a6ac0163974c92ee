package dev.progeny.probes.linux;

import dev.progeny.probes.linux.PtraceState.Reason;
import dev.progeny.probes.linux.PtraceState.Unavailable;
import dev.progeny.probes.linux.PtraceStop.Ended;
import dev.progeny.probes.posix.ErrnoException;
import java.lang.System.Logger.Level;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One run of the tracer thread: blocks in {@code waitpid(-1, __WALL|__WNOTHREAD)} for any stop of
 * its tracees and hands it to {@link TracerStops}; when its doorbell rings, runs the requests
 * other threads made; ends when nothing is traced. Linux. Its own thread only.
 */
final class TracerLoop implements Runnable {
    private static final System.Logger LOG = System.getLogger(TracerLoop.class.getName());

    private final Tracer tracer;
    private volatile TracerDoorbell doorbell;
    private PtraceCalls calls;
    private TracerReads reads;
    private TracerStops stops;
    private Unavailable failure;

    TracerLoop(Tracer tracer) {
        this.tracer = tracer;
    }

    /** Any thread: wakes the loop to run the requests. */
    void ring() {
        TracerDoorbell d = doorbell;
        if (d != null) {
            d.ring();
        }
    }

    @Override
    public void run() {
        calls = new PtraceCalls();
        reads = new TracerReads();
        stops = new TracerStops(calls, reads);
        try {
            openDoorbell();
            while (true) {
                if (failure != null || stops.isEmpty()) {
                    if (tracer.retire(this)) {
                        break;
                    }
                    runRequests();
                    continue;
                }
                int pid = calls.waitAny();
                if (pid > 0) {
                    dispatch(pid, calls.status());
                } else if (-pid != LinuxErrors.EINTR) {
                    fail(new IllegalStateException("waitpid: " + LinuxErrors.describe(-pid)));
                }
            }
        } catch (RuntimeException | Error e) {
            fail(e);
            while (!tracer.retire(this)) {
                runRequests();
            }
        } finally {
            shutDown();
        }
    }

    /** Seizes a launch's held root (a request from {@link Tracer#trace}). */
    void seize(PtraceSource source) {
        if (failure != null) {
            source.seized(failure);
        } else {
            stops.seize(source);
        }
    }

    /** The reason this run cannot trace, if any (its helper could not be started or seized). */
    Optional<Unavailable> failure() {
        return Optional.ofNullable(failure);
    }

    void detach(PtraceSource source) {
        TracerDetach.start(stops, source);
    }

    /**
     * The thread cannot go on: its launches are let go (the kernel detaches every tracee when
     * this thread ends), their roots handed back to their launches, and requests still to come
     * are answered with the failure.
     */
    private void fail(Throwable why) {
        LOG.log(Level.ERROR, "the tracer thread failed; its launches run on untraced", why);
        failure = new Unavailable(Reason.TRACER_FAILED, 0, "the tracer thread failed: " + why);
        stops.abandonAll();
    }

    private void openDoorbell() {
        try {
            TracerDoorbell d = TracerDoorbell.open();
            int errno = calls.seize(d.pid());
            if (errno != 0) {
                failure = new Unavailable(Reason.SEIZE_REFUSED, errno,
                        "PTRACE_SEIZE of Progeny's own child refused: " + LinuxErrors.describe(errno));
                d.close();
                calls.waitAny();
                return;
            }
            doorbell = d;
        } catch (ErrnoException e) {
            failure = new Unavailable(Reason.TRACER_FAILED, e.errno(), "cannot start the tracer's helper: "
                    + e.call() + ": " + LinuxErrors.describe(e.errno()));
        }
    }

    private void runRequests() {
        for (Consumer<TracerLoop> request : tracer.takeRequests()) {
            request.accept(this);
        }
    }

    private void dispatch(int pid, int status) {
        TracerDoorbell d = doorbell;
        if (d == null || pid != d.pid()) {
            stops.report(pid, status);
            return;
        }
        if (PtraceStop.decode(status) instanceof Ended) {
            LOG.log(Level.WARNING, "the tracer's doorbell ended; starting another");
            doorbell = null;
            openDoorbell();
            if (failure != null) {
                fail(new IllegalStateException(failure.detail()));
            }
        } else {
            d.answered();
            calls.cont(pid, 0);
        }
        runRequests();
    }

    private void shutDown() {
        stops.abandonAll();
        TracerDoorbell d = doorbell;
        doorbell = null;
        if (d != null) {
            d.close();
        }
        if (d != null && failure == null) {
            // The doorbell reads end-of-file and exits: restart it from its stops until it is reaped.
            // (After a failure, tracees still attached to this thread would keep the wait going.)
            for (int pid = calls.waitAny(); pid > 0 || pid == -LinuxErrors.EINTR; pid = calls.waitAny()) {
                if (pid > 0 && !(PtraceStop.decode(calls.status()) instanceof Ended)) {
                    calls.cont(pid, 0);
                }
            }
        }
        calls.close();
        reads.close();
    }
}
