package dev.progeny.probes.freebsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/** Decoding assumes a little-endian host, as amd64 and arm64 FreeBSD are. */
class KeventFreeBsdTest {
    /** sys/event.h values, written out independently of the decoder's. */
    private static final short EVFILT_PROC = -5;
    private static final int NOTE_EXIT = 0x80000000;
    private static final int NOTE_CHILD = 0x4;
    private static final int EV_ADD = 0x1;
    private static final int EV_CLEAR = 0x20;
    private static final int EV_ONESHOT = 0x10;
    private static final int EV_EOF = 0x8000;

    @Test
    void decodesEveryFieldOfBackToBackRecords() {
        ByteBuffer buf = KeventBytes.allocate(2);
        KeventBytes.write(buf, 4242, EVFILT_PROC, EV_ONESHOT | EV_EOF, NOTE_EXIT, 0x0300);
        KeventBytes.write(buf, 4243, EVFILT_PROC, EV_ONESHOT, NOTE_CHILD, 4242);
        buf.flip();
        assertThat(KeventFreeBsd.decodeAll(buf, 2)).containsExactly(
                new KeventFreeBsd(4242, EVFILT_PROC, EV_ONESHOT | EV_EOF, NOTE_EXIT, 0x0300),
                new KeventFreeBsd(4243, EVFILT_PROC, EV_ONESHOT, NOTE_CHILD, 4242));
        assertThat(buf.position()).isEqualTo(2 * KeventBytes.SIZE);
    }

    @Test
    void refusesATruncatedRecord() {
        ByteBuffer buf = ByteBuffer.allocate(KeventBytes.SIZE - 8).order(ByteOrder.LITTLE_ENDIAN);
        assertThatThrownBy(() -> KeventFreeBsd.decode(buf)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("56 of 64");
    }

    @Test
    void aTrackRequestIsLaidOutAsTheHeaderSays() {
        ByteBuffer buf = KeventBytes.allocate(1);
        KeventFreeBsd.track(777).encode(buf);
        assertThat(KeventBytes.ident(buf, 0)).isEqualTo(777);
        assertThat(KeventBytes.filter(buf, 0)).isEqualTo(EVFILT_PROC);
        assertThat(KeventBytes.flags(buf, 0) & (EV_ADD | EV_CLEAR)).isEqualTo(EV_ADD | EV_CLEAR);
        assertThat(KeventBytes.fflags(buf, 0)).isEqualTo(0x1 | 0x40000000 | 0x20000000 | NOTE_EXIT);
        assertThat(buf.getLong(24)).isZero(); // udata
        assertThat(buf.getLong(56)).isZero(); // ext[3]
    }
}
