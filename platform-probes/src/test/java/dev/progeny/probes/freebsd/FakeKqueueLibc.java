package dev.progeny.probes.freebsd;

import com.sun.jna.Pointer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * FreeBSD's kqueue played by Java: changes are read and events written as {@code struct kevent}
 * records laid out by {@link KeventBytes} (sys/sys/event.h), so the source's own layout is checked
 * against the header. Events are what the test queues, the way sys/kern/kern_event.c reports
 * NOTE_TRACK. Thread-safe (the source's thread reads events, the test's thread queues them).
 */
final class FakeKqueueLibc implements KqueueLibc {
    static final int KQ = 9;

    /** A registration the source asked for: ident, filter, flags, fflags. */
    record Change(long ident, short filter, int flags, int fflags) {
    }

    private record Queued(long ident, int flags, int fflags, long data) {
    }

    final List<Change> changes = new CopyOnWriteArrayList<>();
    private final BlockingQueue<Queued> pending = new LinkedBlockingQueue<>();
    volatile boolean closed;

    /** The kernel reports {@code fflags} (and {@code data}) on the note of {@code pid}. */
    void report(long pid, int fflags, long data) {
        pending.add(new Queued(pid, 0x10, fflags, data));
    }

    @Override
    public int kqueue() {
        return KQ;
    }

    @Override
    public int kevent(int kq, Pointer changeList, int nchanges, Pointer events, int nevents, Pointer timeout) {
        if (nchanges > 0) {
            ByteBuffer in = changeList.getByteBuffer(0, (long) nchanges * KeventBytes.SIZE).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < nchanges; i++) {
                changes.add(new Change(KeventBytes.ident(in, i), KeventBytes.filter(in, i), KeventBytes.flags(in, i),
                        KeventBytes.fflags(in, i)));
            }
        }
        if (events == null) {
            return 0;
        }
        ByteBuffer out = events.getByteBuffer(0, (long) nevents * KeventBytes.SIZE).order(ByteOrder.LITTLE_ENDIAN);
        int n = 0;
        try {
            for (Queued q = pending.poll(20, TimeUnit.MILLISECONDS); q != null && n < nevents; q = pending.poll()) {
                KeventBytes.write(out, q.ident(), (short) -5, q.flags(), q.fflags(), q.data());
                n++;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return n;
    }

    @Override
    public int close(int fd) {
        closed = fd == KQ;
        return 0;
    }
}
