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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The traced tasks of every launch and what each of their stops means: record the event, then
 * restart the task (or listen, or let it go when its launch is being detached). Linux. Tracer
 * thread only.
 */
final class TracerStops {
    private static final int SIGCONT = LinuxSignals.TABLE.number(Signal.CONT);

    final Map<Integer, PtraceTask> tasks = new HashMap<>();
    private final PtraceCalls calls;
    private final TracerReads reads;
    private final TracerBirths births;

    TracerStops(PtraceCalls calls, TracerReads reads) {
        this.calls = calls;
        this.reads = reads;
        this.births = new TracerBirths(this, reads);
    }

    /** A stop or end of {@code pid}, one of the tracer's tracees. */
    void report(int pid, int status) {
        PtraceTask t = tasks.get(pid);
        if (t == null) {
            births.unknown(pid, status);
        } else {
            handle(t, PtraceStop.decode(status));
        }
    }

    /** Seizes a launch's held root (a request from {@link Tracer#trace}); its first stop ends the hold. */
    void seize(PtraceSource source) {
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

    /** Reaped: its Exit, then (for the root) the launch's status, then children it never reported. */
    private void ended(PtraceTask t, Ended e) {
        if (t.isProcess()) {
            t.source.emit(new ProcessEvent.Exit(System.nanoTime(), t.tid, Optional.of(e.status()), -1));
            if (t.isRoot()) {
                t.source.rootReaped(e.status());
            }
            births.creatorEnded(t);
        }
        remove(t);
    }

    void remove(PtraceTask t) {
        tasks.remove(t.tid);
        t.source.taskRemoved(t);
    }

    /** Lets every task go at once, the tracer thread being about to end (which detaches them all). */
    void abandonAll() {
        for (PtraceTask t : List.copyOf(tasks.values())) {
            t.source.startDetaching();
            if (t.isRoot()) {
                t.source.rootReleased();
            }
            remove(t);
        }
        births.releaseAll();
    }

    boolean isEmpty() {
        return tasks.isEmpty();
    }

    PtraceCalls calls() {
        return calls;
    }

    List<PtraceTask> tasksOf(PtraceSource source) {
        return tasks.values().stream().filter(t -> t.source == source).toList();
    }
}
