package dev.progeny.probes.freebsd;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Builds and reads FreeBSD 12+ amd64/arm64 {@code struct kevent} records byte by byte. The
 * offsets are written out here from sys/sys/event.h, independently of {@link KeventFreeBsd}, so
 * the decoder is checked against the header, not against itself.
 */
final class KeventBytes {
    static final int SIZE = 64;

    /** Writes one record at the buffer's position, junk in {@code udata} and {@code ext[4]}; advances. */
    static void write(ByteBuffer buf, long ident, short filter, int flags, int fflags, long data) {
        int b = buf.position();
        buf.putLong(b, ident);                   // uintptr_t ident
        buf.putShort(b + 8, filter);             // short filter
        buf.putShort(b + 10, (short) flags);     // u_short flags
        buf.putInt(b + 12, fflags);              // u_int fflags
        buf.putLong(b + 16, data);               // int64_t data
        buf.putLong(b + 24, 0xA5A5A5A5A5A5A5A5L); // void *udata
        for (int i = 0; i < 4; i++) {
            buf.putLong(b + 32 + 8 * i, 0x5A5A5A5A5A5A5A5AL); // uint64_t ext[4]
        }
        buf.position(b + SIZE);
    }

    static ByteBuffer allocate(int records) {
        return ByteBuffer.allocate(SIZE * records).order(ByteOrder.LITTLE_ENDIAN);
    }

    static long ident(ByteBuffer buf, int record) {
        return buf.getLong(record * SIZE);
    }

    static short filter(ByteBuffer buf, int record) {
        return buf.getShort(record * SIZE + 8);
    }

    static int flags(ByteBuffer buf, int record) {
        return Short.toUnsignedInt(buf.getShort(record * SIZE + 10));
    }

    static int fflags(ByteBuffer buf, int record) {
        return buf.getInt(record * SIZE + 12);
    }

    private KeventBytes() {
    }
}
