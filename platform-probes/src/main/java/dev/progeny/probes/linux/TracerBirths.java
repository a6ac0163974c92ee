package dev.progeny.probes.linux;

import dev.progeny.probes.events.ProcessEvent;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * New tasks of traced processes. The kernel attaches a child at birth, and its first stop often
 * reaches the tracer before its creator's fork event: such a child is parked (left stopped) until
 * the event says whose it is, so its Fork always precedes anything it does. A creator killed
 * before it could report the event leaves its children to be claimed by their recorded parent.
 * Linux. Tracer thread only.
 */
final class TracerBirths {
    private static final System.Logger LOG = System.getLogger(TracerBirths.class.getName());

    /** Wait statuses of a task not known yet, and its stat read at its first stop (null if it had ended). */
    private record Parked(ProcStat stat, List<Integer> statuses) {
    }

    private final TracerStops stops;
    private final TracerReads reads;
    private final Map<Integer, Parked> parked = new HashMap<>();

    TracerBirths(TracerStops stops, TracerReads reads) {
        this.stops = stops;
        this.reads = reads;
    }

    /** The launch's root, just seized: born of {@code parentPid} (Progeny). */
    void announce(PtraceSource source, int pid, int parentPid) {
        ProcStat stat = reads.stat(pid);
        source.emit(new ProcessEvent.Fork(System.nanoTime(), pid, parentPid, stat == null ? -1 : stat.startTime()));
    }

    /** Task {@code pid}, unknown, stopped or ended: a child whose creator has not reported yet. */
    void unknown(int pid, int status) {
        Parked p = parked.get(pid);
        if (p == null) {
            boolean stopped = (status & 0xff) == 0x7f;
            p = new Parked(stopped ? reads.stat(pid) : null, new ArrayList<>());
            parked.put(pid, p);
        }
        p.statuses.add(status);
    }

    /** {@code creator} reported creating {@code child} ({@code PTRACE_EVENT_FORK}, {@code VFORK} or {@code CLONE}). */
    void created(PtraceTask creator, int child, int event) {
        if (child <= 0 || stops.tasks.containsKey(child)) {
            return;
        }
        Parked p = parked.remove(child);
        boolean thread = event == PtraceStop.EVENT_CLONE && reads.isThreadOf(child, creator.tgid);
        PtraceTask t = stops.add(child, thread ? creator.tgid : child, creator.source);
        if (!thread) {
            ProcStat stat = p != null && p.stat() != null ? p.stat() : reads.stat(child);
            // The recorded parent, not the creator: clone(CLONE_PARENT) makes a sibling.
            creator.source.emit(new ProcessEvent.Fork(System.nanoTime(), child,
                    stat == null ? creator.tgid : stat.ppid(), stat == null ? -1 : stat.startTime()));
        }
        if (p != null) {
            for (int status : p.statuses()) {
                stops.handle(t, PtraceStop.decode(status));
            }
        }
    }

    /** Process {@code creator} was reaped: its children it never reported are claimed now. */
    void creatorEnded(PtraceTask creator) {
        List<Integer> orphans = new ArrayList<>();
        parked.forEach((pid, p) -> {
            if (p.stat() != null && p.stat().ppid() == creator.tgid) {
                orphans.add(pid);
            }
        });
        for (int pid : orphans) {
            created(creator, pid, PtraceStop.EVENT_FORK);
        }
    }

    /** The thread is ending with tasks nobody claimed: let the stopped ones go. */
    void releaseAll() {
        parked.forEach((pid, p) -> {
            LOG.log(Level.WARNING, "releasing task " + pid + ": traced, but no traced process reported creating it");
            if ((p.statuses().getLast() & 0xff) == 0x7f) {
                stops.calls().detach(pid, 0);
            }
        });
        parked.clear();
    }
}
