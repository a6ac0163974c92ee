package dev.progeny.probes.linux;

import dev.progeny.probes.ProcessTable;
import dev.progeny.probes.events.EventSource;
import dev.progeny.probes.events.EventThread;
import dev.progeny.probes.events.LiveSet;
import dev.progeny.probes.events.ProcessEvent;
import dev.progeny.probes.events.SourceOpening;
import dev.progeny.probes.posix.ErrnoException;
import dev.progeny.probes.posix.WaitStatus;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * Every fork, exec and exit on the system, from the Linux proc connector: exact, at no cost to
 * the processes. Threads are left out (their events have {@code pid != tgid}). Argv and start
 * time are read from {@code /proc} as each event arrives, or within half a millisecond of it while
 * events stream ({@link ProcReads}). The first events are a reading of the whole table
 * ({@link ProcessEvent.Appeared}), and so is the resynchronisation
 * after the kernel dropped events ({@code ENOBUFS}, or a gap in a CPU's sequence numbers), which
 * is reported first as {@link ProcessEvent.Lost}.
 *
 * <p>Needs CAP_NET_ADMIN here (as a normal user {@code bind} fails with EPERM) and the initial
 * user and pid namespaces (elsewhere the kernel ignores the listen request without a word).
 * Linux only; thread-safe; events arrive on a daemon thread of its own.
 */
public final class ProcConnectorSource implements EventSource {
    static final String NAME = "proc connector";
    private static final System.Logger LOG = System.getLogger(ProcConnectorSource.class.getName());
    /** linux/netlink.h. */
    private static final int NETLINK_CONNECTOR = 11;
    /** Bursts of thousands of events must fit while the event thread reads /proc (root may exceed rmem_max). */
    private static final int RECEIVE_BUFFER = 32 << 20;
    private static final Duration POLL = Duration.ofMillis(200);
    private static final int DATAGRAM = 64 * 1024;
    /**
     * While events keep coming, the thread drains the socket after sleeping this long instead of
     * being woken by each one: a wake-up per fork, exec and exit cost a fork-heavy workload about a
     * fifth of its time here, even for a C listener that only calls recv (decision 0010).
     */
    private static final long COALESCE_NANOS = 500_000;

    private final NetlinkSocket socket;
    private final ProcessTable table;
    private final LiveSet live = new LiveSet();
    private final ConnectorSequence sequence = new ConnectorSequence();
    private final EventThread reader = new EventThread("progeny-proc-connector");
    private Consumer<ProcessEvent> sink;

    private ProcConnectorSource(NetlinkSocket socket, ProcessTable table) {
        this.socket = socket;
        this.table = table;
    }

    /** Subscribes to the connector, or says why it cannot be had; {@code table} is read to resynchronise. */
    public static SourceOpening open(ProcessTable table) {
        return open(table, RECEIVE_BUFFER);
    }

    /** With a receive buffer of {@code bufferBytes} once subscribed: tests make it small to provoke a loss. */
    static SourceOpening open(ProcessTable table, int bufferBytes) {
        NetlinkSocket socket;
        try {
            socket = NetlinkSocket.open(NETLINK_CONNECTOR);
        } catch (ErrnoException e) {
            return new SourceOpening.Unavailable(NAME, "no netlink connector socket: " + e.getMessage());
        }
        try {
            receiveBuffer(socket, RECEIVE_BUFFER);
            socket.bind(ProcConnectorMessages.CN_IDX_PROC);
            socket.receiveTimeout(POLL);
            String refused = ConnectorSubscription.listen(socket);
            if (refused != null) {
                socket.close();
                return new SourceOpening.Unavailable(NAME, refused);
            }
            if (bufferBytes != RECEIVE_BUFFER) {
                receiveBuffer(socket, bufferBytes);
            }
            return new SourceOpening.Opened(new ProcConnectorSource(socket, table));
        } catch (ErrnoException e) {
            socket.close();
            return new SourceOpening.Unavailable(NAME, e.errno() == LinuxErrors.EPERM
                    ? "needs root (CAP_NET_ADMIN): " + e.getMessage() : e.getMessage());
        }
    }

    private static void receiveBuffer(NetlinkSocket socket, int bytes) {
        try {
            socket.receiveBuffer(bytes);
        } catch (ErrnoException e) {
            LOG.log(Level.WARNING, "proc connector: keeping the default receive buffer", e);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean exact() {
        return true;
    }

    /**
     * Returns once the table has been read and reported: a launch started after that is read as
     * it happens, not behind a backlog of the first reading (argv is read when each exec is told).
     */
    @Override
    public synchronized void start(Consumer<ProcessEvent> sink) {
        if (this.sink != null) {
            throw new IllegalStateException("already started");
        }
        this.sink = sink;
        CountDownLatch ready = new CountDownLatch(1);
        reader.start(() -> run(ready));
        try {
            ready.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run(CountDownLatch ready) {
        try (ProcReads reads = new ProcReads(); Arena arena = Arena.ofConfined()) {
            MemorySegment buffer = arena.allocate(DATAGRAM);
            resync();
            ready.countDown();
            ConnectorTranslator translator = new ConnectorTranslator(reads, live, this::deliver);
            boolean streaming = false;
            boolean heardSincePause = false;
            while (reader.running()) {
                int n = streaming ? socket.receiveQueued(buffer) : socket.receive(buffer);
                if (n == -LinuxErrors.EAGAIN || n == -LinuxErrors.EINTR) {
                    if (streaming && heardSincePause) {
                        heardSincePause = false;
                        LockSupport.parkNanos(COALESCE_NANOS);
                    } else {
                        streaming = false; // a pause brought nothing: wait for the next event in recv
                    }
                    continue;
                }
                streaming = true;
                heardSincePause = true;
                if (n == -LinuxErrors.ENOBUFS) {
                    lost(-1, "the kernel dropped events: the socket's buffer was full (ENOBUFS)");
                    continue;
                }
                if (n < 0) {
                    LOG.log(Level.ERROR, "proc connector: recv failed: " + LinuxErrors.describe(-n) + "; events stop");
                    return;
                }
                for (ProcConnectorMessages.Event e : ProcConnectorMessages.decode(buffer.asByteBuffer(), n)) {
                    long missed = sequence.missedBefore(e.cpu(), e.seq());
                    if (missed > 0) {
                        lost(missed, missed + " events missing on CPU " + e.cpu() + " (sequence numbers skipped)");
                    }
                    translator.accept(e);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "proc connector: the event thread failed; events stop", e);
        } finally {
            ready.countDown();
        }
    }

    private void lost(long count, String why) {
        deliver(new ProcessEvent.Lost(System.nanoTime(), count, why));
        sequence.forget();
        resync();
    }

    /** Reads the whole table and reports how it differs from what the events said so far. */
    private void resync() {
        try {
            for (ProcessEvent e : live.sync(table.snapshot(), System.nanoTime())) {
                deliver(e);
            }
        } catch (IOException e) {
            LOG.log(Level.ERROR, "proc connector: cannot read the process table to resynchronise", e);
        }
    }

    private void deliver(ProcessEvent e) {
        EventSource.deliver(sink, e, "proc connector");
    }

    @Override
    public void close() {
        if (reader.stop()) {
            socket.close();
        }
    }
}
