package dev.progeny.probes.freebsd;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.events.ProcessEvent;
import dev.progeny.probes.posix.WaitStatus;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Turns EVFILT_PROC records into Progeny's events (sys/kern/kern_event.c): with NOTE_TRACK the
 * kernel reports each new child on a note of its own, NOTE_CHILD with the parent's pid in
 * {@code data}, before anything else the child does; NOTE_EXIT carries the wait status in
 * {@code data}; NOTE_TRACKERR says a child could not be followed (a loss); the parent's NOTE_FORK
 * adds nothing the child's note does not. kqueue stamps no time: events carry the moment they were
 * read. Start time and argv come from {@code lookup} (the process may be gone). FreeBSD semantics;
 * not thread-safe (the event thread's).
 */
final class KqueueTranslator {
    private static final System.Logger LOG = System.getLogger(KqueueTranslator.class.getName());

    private final IntFunction<Optional<ProcessInfo>> lookup;
    private final Consumer<ProcessEvent> out;

    KqueueTranslator(IntFunction<Optional<ProcessInfo>> lookup, Consumer<ProcessEvent> out) {
        this.lookup = lookup;
        this.out = out;
    }

    void accept(KeventFreeBsd k, long nanos) {
        if (k.filter() != KeventFreeBsd.EVFILT_PROC) {
            return;
        }
        int pid = (int) k.ident();
        if (k.error()) {
            // A root that exited before it could be followed (ESRCH); its launch still learns its status.
            LOG.log(Level.DEBUG, "kqueue: cannot follow pid " + pid + ": errno " + k.data());
            return;
        }
        if (k.has(KeventFreeBsd.NOTE_CHILD)) {
            Optional<ProcessInfo> child = lookup.apply(pid);
            out.accept(new ProcessEvent.Fork(nanos, pid, (int) k.data(), child.map(ProcessInfo::startTime).orElse(-1L)));
        }
        if (k.has(KeventFreeBsd.NOTE_EXEC)) {
            Optional<ProcessInfo> now = lookup.apply(pid);
            out.accept(new ProcessEvent.Exec(nanos, pid, now.map(ProcessInfo::argv).orElse(List.of()),
                    now.map(ProcessInfo::name).orElse("")));
        }
        if (k.has(KeventFreeBsd.NOTE_TRACKERR)) {
            out.accept(new ProcessEvent.Lost(nanos, -1, "kqueue could not follow a child of pid " + pid
                    + " (NOTE_TRACKERR)"));
        }
        if (k.has(KeventFreeBsd.NOTE_EXIT)) {
            out.accept(new ProcessEvent.Exit(nanos, pid, WaitStatus.decode((int) k.data()), -1));
        }
    }
}
