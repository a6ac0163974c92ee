package dev.progeny.probes.linux;

import dev.progeny.probes.linux.PtraceStop.Delivery;

/**
 * "Stop recording": releases every task of one launch so a debugger can attach. PTRACE_DETACH
 * works only on a tracee in a ptrace-stop, so each task is first interrupted
 * ({@code PTRACE_INTERRUPT}: running ones trap, listening ones report their group-stop again),
 * then let go at whatever stop it reports next, with the signal it was about to receive. A task
 * in a group-stop stays stopped after the detach (the kernel reinstates the stop). Linux. Tracer
 * thread only.
 */
final class TracerDetach {
    private TracerDetach() {
    }

    static void start(TracerStops stops, PtraceSource source) {
        if (source.detaching()) {
            return;
        }
        source.startDetaching();
        for (PtraceTask t : stops.tasksOf(source)) {
            // ESRCH: the task is exiting; its end will still be reported and reaped.
            stops.calls().interrupt(t.tid);
        }
    }

    /** {@code t}, of a launch being detached, reported a stop: release it. */
    static void stopped(TracerStops stops, PtraceTask t, PtraceStop stop) {
        stops.calls().detach(t.tid, stop instanceof Delivery d ? d.signal() : 0);
        if (t.isRoot()) {
            t.source.rootReleased();
        }
        stops.remove(t);
    }
}
