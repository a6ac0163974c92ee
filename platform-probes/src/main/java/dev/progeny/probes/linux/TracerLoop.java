package dev.progeny.probes.linux;

import dev.progeny.probes.Signal;
import dev.progeny.probes.events.ProcessEvent;
import dev.progeny.probes.linux.PtraceState.Reason;
import dev.progeny.probes.linux.PtraceState.Unavailable;
import dev.progeny.probes.linux.PtraceStop.Delivery;
import dev.progeny.probes.linux.PtraceStop.Ended;
import dev.progeny.probes.linux.PtraceStop.Event;
import dev.progeny.probes.linux.PtraceStop.GroupStop;
import dev.progeny.probes.linux.PtraceStop.Trap;
import dev.progeny.probes.posix.PosixLibc;
import java.lang.System.Logger.Level;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One run of the tracer thread: waits for any stop of its tracees, turns it into events, restarts
 * the tracee; between stops, runs the requests other threads made. Linux. Its own thread only.
 */
final class TracerLoop implements Runnable {
    private static final System.Logger LOG = System.getLogger(TracerLoop.class.getName());
    private static final int SIGCONT = LinuxSignals.TABLE.number(Signal.CONT);

    private final Tracer tracer;
    final Map<Integer, PtraceTask> tasks = new HashMap<>();
    private volatile TracerDoorbell doorbell;
    private PtraceCalls calls;
    private TracerReads reads;
    private TracerBirths births;
    private Unavailable failure;

    TracerLoop(Tracer tracer) {
        this.tracer = tracer;
    }

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
        births = new TracerBirths(this, reads);
        try {
            openDoorbell();
            while (true) {
                if (idle()) {
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
                    LOG.log(Level.ERROR, "tracer wait failed: " + LinuxErrors.describe(-pid));
                    break;
                }
            }
        } catch (RuntimeException | Error e) {
            LOG.log(Level.ERROR, "the tracer thread failed", e);
            throw e;
        } finally {
            shutDown();
        }
    }

    private void openDoorbell() {
        try {
            TracerDoorbell d = TracerDoorbell.open();
            int errno = calls.seize(d.pid());
            if (errno != 0) {
                failure = new Unavailable(Reason.SEIZE_REFUSED, errno, "PTRACE_SEIZE of Progeny's own child refused: "
                        + LinuxErrors.describe(errno));
                d.close();
                calls.waitAny();
                return;
            }
            doorbell = d;
        } catch (PosixSpawn.SpawnError e) {
            failure = new Unavailable(Reason.TRACER_FAILED, e.errno, "cannot start the tracer's helper: " + e.getMessage());
        }
    }

    private boolean idle() {
        return failure != null || tasks.isEmpty();
    }

    private void runRequests() {
        for (Consumer<TracerLoop> request : tracer.takeRequests()) {
            request.accept(this);
        }
    }

    private void dispatch(int pid, int status) {
        TracerDoorbell d = doorbell;
        if (d != null && pid == d.pid()) {
            if (PtraceStop.decode(status) instanceof Ended) {
                LOG.log(Level.WARNING, "the tracer's doorbell ended; starting another");
                doorbell = null;
                openDoorbell();
            } else {
                d.answered();
                calls.cont(pid, 0);
            }
            runRequests();
            return;
        }
        PtraceTask t = tasks.get(pid);
        if (t == null) {
            births.unknown(pid, status);
        } else {
            handle(t, PtraceStop.decode(status));
        }
    }

    /** Seizes a launch's held root (a request from {@link Tracer#trace}); its first stop ends the hold. */
    void seize(PtraceSource source) {
        if (failure != null) {
            source.seized(failure);
            return;
        }
        int pid = source.rootPid();
        int errno = calls.seize(pid);
        if (errno != 0) {
            source.seized(new Unavailable(Reason.SEIZE_REFUSED, errno,
                    "PTRACE_SEIZE of " + pid + " refused: " + LinuxErrors.describe(errno)));
            return;
        }
        PtraceTask root = add(pid, pid, source);
        root.holding = true;
        births.announce(source, pid, PosixLibc.INSTANCE.getpid());
    }

    PtraceTask add(int tid, int tgid, PtraceSource source) {
        PtraceTask t = new PtraceTask(tid, tgid, source);
        tasks.put(tid, t);
        source.taskAdded(t);
        return t;
    }

    void handle(PtraceTask t, PtraceStop stop) {
        if (t.holding) {
            t.holding = false;
            if (stop instanceof GroupStop) {
                // The hold's own stop: end it with SIGCONT, or a later detach would leave the root
                // stopped; only then does the launch go on, so no Suspend sent after it is lost.
                calls.kill(t.tid, SIGCONT);
                stop = new Trap();
            }
            t.source.seized(new PtraceState.Tracing());
        }
        if (stop instanceof Ended e) {
            ended(t, e);
            return;
        }
        if (stop instanceof Event e) {
            record(t, e);
        }
        if (t.source.detaching()) {
            TracerDetach.stopped(this, t, stop);
            return;
        }
        switch (stop) {
            case Delivery d -> calls.cont(t.tid, d.signal());
            case GroupStop g -> {
                t.listening = true;
                calls.listen(t.tid);
                t.source.groupStopped(t, g.signal());
            }
            case Trap x -> {
                if (t.listening) {
                    t.listening = false;
                    t.source.continued(t);
                }
                calls.cont(t.tid, 0);
            }
            case Event e -> calls.cont(t.tid, 0);
            case Ended e -> throw new AssertionError("handled above");
        }
    }

    /** What a fork or exec event says, recorded before the tracee goes on (or is released). */
    private void record(PtraceTask t, Event e) {
        if (e.isCreation()) {
            births.created(t, (int) calls.eventMessage(t.tid), e.event());
        } else if (e.event() == PtraceStop.EVENT_EXEC) {
            int former = (int) calls.eventMessage(t.tid);
            if (former > 0 && former != t.tid) {
                // A thread exec'd: it now has the process's pid, and its own id is gone.
                PtraceTask gone = tasks.get(former);
                if (gone != null) {
                    remove(gone);
                }
            }
            t.source.emit(reads.exec(System.nanoTime(), t.tid));
        }
    }

    private void ended(PtraceTask t, Ended e) {
        remove(t);
        if (t.isProcess()) {
            t.source.emit(new ProcessEvent.Exit(System.nanoTime(), t.tid, java.util.Optional.of(e.status()), -1));
            if (t.isRoot()) {
                t.source.rootReaped(e.status());
            }
            births.creatorEnded(t);
        }
    }

    void remove(PtraceTask t) {
        tasks.remove(t.tid);
        t.source.taskRemoved(t);
    }

    void detach(PtraceSource source) {
        TracerDetach.start(this, source);
    }

    PtraceCalls calls() {
        return calls;
    }

    TracerBirths births() {
        return births;
    }

    List<PtraceTask> tasksOf(PtraceSource source) {
        return tasks.values().stream().filter(t -> t.source == source).toList();
    }

    private void shutDown() {
        births.releaseAll();
        TracerDoorbell d = doorbell;
        doorbell = null;
        if (d != null) {
            d.close();
            // The doorbell, reading end-of-file, exits: restart it from its stops until it is reaped.
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
