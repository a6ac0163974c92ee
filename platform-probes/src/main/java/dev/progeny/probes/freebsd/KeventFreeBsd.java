package dev.progeny.probes.freebsd;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * One FreeBSD 12+ {@code struct kevent} (sys/sys/event.h; amd64 and arm64 alike, 64 bytes):
 * {@code ident} uintptr_t @0, {@code filter} short @8, {@code flags} u_short @10, {@code fflags}
 * u_int @12, {@code data} int64 @16, {@code udata} pointer @24, {@code ext[4]} uint64 @32 (unused
 * by EVFILT_PROC). Pure decoder and encoder, tested on bytes on any OS; immutable and thread-safe.
 */
public record KeventFreeBsd(long ident, short filter, int flags, int fflags, long data) {
    static final int SIZE = 64;
    private static final int FILTER = 8;
    private static final int FLAGS = 10;
    private static final int FFLAGS = 12;
    private static final int DATA = 16;

    /** sys/event.h. */
    static final short EVFILT_PROC = -5;
    static final int EV_ADD = 0x0001;
    static final int EV_ENABLE = 0x0004;
    static final int EV_CLEAR = 0x0020;
    static final int EV_ERROR = 0x4000;
    static final int EV_EOF = 0x8000;
    static final int NOTE_EXIT = 0x80000000;
    static final int NOTE_FORK = 0x40000000;
    static final int NOTE_EXEC = 0x20000000;
    static final int NOTE_TRACK = 0x00000001;
    static final int NOTE_TRACKERR = 0x00000002;
    static final int NOTE_CHILD = 0x00000004;

    /** Follow {@code pid} and, through NOTE_TRACK, every process it forks from now on. */
    static KeventFreeBsd track(int pid) {
        return new KeventFreeBsd(pid, EVFILT_PROC, EV_ADD | EV_ENABLE | EV_CLEAR,
                NOTE_TRACK | NOTE_FORK | NOTE_EXEC | NOTE_EXIT, 0);
    }

    /** Decodes the record at the buffer's position (native order) and advances past it. */
    static KeventFreeBsd decode(ByteBuffer buf) {
        int b = buf.position();
        if (buf.remaining() < SIZE) {
            throw new IllegalArgumentException("truncated kevent: " + buf.remaining() + " of " + SIZE + " bytes");
        }
        ByteBuffer n = buf.duplicate().order(ByteOrder.nativeOrder());
        KeventFreeBsd k = new KeventFreeBsd(n.getLong(b), n.getShort(b + FILTER),
                Short.toUnsignedInt(n.getShort(b + FLAGS)), n.getInt(b + FFLAGS), n.getLong(b + DATA));
        buf.position(b + SIZE);
        return k;
    }

    /** The first {@code count} records of what kevent(2) returned. */
    static List<KeventFreeBsd> decodeAll(ByteBuffer buf, int count) {
        List<KeventFreeBsd> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(decode(buf));
        }
        return out;
    }

    /** This record as kevent(2) reads a change, at the buffer's position; advances past it. */
    void encode(ByteBuffer buf) {
        int b = buf.position();
        ByteBuffer n = buf.duplicate().order(ByteOrder.nativeOrder());
        for (int i = 0; i < SIZE; i++) {
            n.put(b + i, (byte) 0);
        }
        n.putLong(b, ident).putShort(b + FILTER, filter).putShort(b + FLAGS, (short) flags)
                .putInt(b + FFLAGS, fflags).putLong(b + DATA, data);
        buf.position(b + SIZE);
    }

    boolean has(int note) {
        return (fflags & note) != 0;
    }

    /** Whether the kernel reports a failed change here; {@code data} is the errno. */
    boolean error() {
        return (flags & EV_ERROR) != 0;
    }
}
