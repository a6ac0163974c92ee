package dev.progeny.probes.freebsd;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.ProcessTable;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.events.EventSource;
import dev.progeny.probes.events.EventThread;
import dev.progeny.probes.events.LiveSet;
import dev.progeny.probes.events.ProcessEvent;
import dev.progeny.probes.events.SourceOpening;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Exact events for the launches it follows, from FreeBSD's kqueue: EVFILT_PROC with NOTE_TRACK
 * follows a root and everything it forks, without privilege ({@link KqueueTranslator}). Sees
 * nothing else on the system. A child that could not be followed (NOTE_TRACKERR) is reported as
 * {@link ProcessEvent.Lost}, and the followed trees are then read from the table and compared
 * with what the events said ({@link LiveSet}), newcomers followed from then on. FreeBSD only
 * (tested over a stand-in libc); thread-safe; events arrive on a daemon thread of its own.
 */
public final class KqueueSource implements EventSource {
    static final String NAME = "kqueue";
    private static final System.Logger LOG = System.getLogger(KqueueSource.class.getName());
    private static final int BATCH = 64;
    /** sys/errno.h. */
    private static final int EINTR = 4;

    private final KqueueLibc libc;
    private final int kq;
    private final ProcessTable table;
    private final IntFunction<Optional<ProcessInfo>> lookup;
    private final LiveSet live = new LiveSet();
    private final Queue<ProcessKey> followed = new ConcurrentLinkedQueue<>();
    private final EventThread reader = new EventThread("progeny-kqueue");
    private Consumer<ProcessEvent> sink;

    private KqueueSource(KqueueLibc libc, int kq, ProcessTable table, IntFunction<Optional<ProcessInfo>> lookup) {
        this.libc = libc;
        this.kq = kq;
        this.table = table;
        this.lookup = lookup;
    }

    /** A new kqueue, or why there is none; {@code lookup} reads one process (start time, argv). */
    public static SourceOpening open(KqueueLibc libc, ProcessTable table, IntFunction<Optional<ProcessInfo>> lookup) {
        int kq = libc.kqueue();
        if (kq < 0) {
            return new SourceOpening.Unavailable(NAME, "kqueue() failed: errno " + Native.getLastError());
        }
        return new SourceOpening.Opened(new KqueueSource(libc, kq, table, lookup));
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
    public synchronized void start(Consumer<ProcessEvent> sink) {
        if (this.sink != null) {
            throw new IllegalStateException("already started");
        }
        this.sink = sink;
        reader.start(this::run);
    }

    @Override
    public void follow(ProcessKey root) {
        followed.add(root);
        register(List.of(root.pid()));
    }

    private void register(List<Integer> pids) {
        Memory changes = new Memory((long) KeventFreeBsd.SIZE * pids.size());
        ByteBuffer b = changes.getByteBuffer(0, changes.size());
        pids.forEach(pid -> KeventFreeBsd.track(pid).encode(b));
        if (libc.kevent(kq, changes, pids.size(), null, 0, null) < 0) {
            LOG.log(Level.WARNING, "kqueue: cannot follow " + pids + ": errno " + Native.getLastError());
        }
    }

    private void run() {
        Memory events = new Memory((long) KeventFreeBsd.SIZE * BATCH);
        Memory timeout = new Memory(16);
        timeout.setLong(0, 0);
        timeout.setLong(8, 200_000_000L); // struct timespec: wake up to notice close()
        KqueueTranslator translator = new KqueueTranslator(lookup, this::handle);
        while (reader.running()) {
            takeFollowed();
            int n = libc.kevent(kq, null, 0, events, BATCH, timeout);
            if (n < 0 && Native.getLastError() == EINTR) {
                continue;
            }
            if (n < 0) {
                LOG.log(Level.ERROR, "kqueue: kevent failed: errno " + Native.getLastError() + "; events stop");
                return;
            }
            long nanos = System.nanoTime();
            for (KeventFreeBsd k : KeventFreeBsd.decodeAll(events.getByteBuffer(0, events.size()), n)) {
                translator.accept(k, nanos);
            }
        }
    }

    private void handle(ProcessEvent e) {
        switch (e) {
            case ProcessEvent.Fork f -> live.forked(f.pid(), f.startTime());
            case ProcessEvent.Exit x -> live.exited(x.pid());
            default -> {
            }
        }
        deliver(e);
        if (e instanceof ProcessEvent.Lost) {
            resync();
        }
    }

    /** Roots followed since last asked become part of what is believed alive. */
    private void takeFollowed() {
        for (ProcessKey root; (root = followed.poll()) != null; ) {
            live.forked(root.pid(), root.startTime());
        }
    }

    /** Reads the followed trees from the table, reports how they differ from the events, follows newcomers. */
    private void resync() {
        takeFollowed();
        try {
            Snapshot all = table.snapshot();
            Map<Integer, ProcessInfo> trees = new LinkedHashMap<>();
            for (ProcessInfo p : all.processes()) {
                if (live.startTime(p.pid()) == p.startTime()) {
                    all.subtree(p.pid()).forEach(member -> trees.putIfAbsent(member.pid(), member));
                }
            }
            List<Integer> newcomers = new ArrayList<>();
            for (ProcessEvent e : live.sync(new Snapshot(all.takenAt(), trees.values()), System.nanoTime())) {
                if (e instanceof ProcessEvent.Appeared a && !a.process().isZombie()) {
                    newcomers.add(a.pid());
                }
                deliver(e);
            }
            if (!newcomers.isEmpty()) {
                register(newcomers);
            }
        } catch (IOException e) {
            LOG.log(Level.ERROR, "kqueue: cannot read the process table to resynchronise", e);
        }
    }

    private void deliver(ProcessEvent e) {
        EventSource.deliver(sink, e, "kqueue");
    }

    @Override
    public void close() {
        if (reader.stop()) {
            libc.close(kq);
        }
    }
}
