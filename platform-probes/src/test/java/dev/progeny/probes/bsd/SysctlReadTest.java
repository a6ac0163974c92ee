package dev.progeny.probes.bsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.jna.Pointer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The grow-and-retry loop, driven by a fake sysctl that behaves like a growing process table. */
class SysctlReadTest {
    private static final int ENOMEM = 12;

    /** A table of {@code sizes[i]} bytes at the i-th call; answers ENOMEM when the buffer is short. */
    private static final class GrowingTable implements SysctlRead.Call {
        private final long[] sizes;
        private final List<Long> offered = new ArrayList<>();
        private int calls;

        GrowingTable(long... sizes) {
            this.sizes = sizes;
        }

        @Override
        public int call(Pointer buffer, long[] length) {
            long size = sizes[Math.min(calls++, sizes.length - 1)];
            if (buffer == null) {
                length[0] = size;
                return 0;
            }
            offered.add(length[0]);
            if (length[0] < size) {
                return ENOMEM;
            }
            for (long i = 0; i < size; i++) {
                buffer.setByte(i, (byte) (i % 251));
            }
            length[0] = size;
            return 0;
        }
    }

    @Test
    void readsInOneGoWhenTheSizeHolds() throws IOException {
        GrowingTable table = new GrowingTable(4000);

        ByteBuffer buf = SysctlRead.read(table, ENOMEM, "test");

        assertThat(buf.remaining()).isEqualTo(4000);
        assertThat(buf.get(300)).isEqualTo((byte) (300 % 251));
        assertThat(table.offered).hasSize(1);
    }

    @Test
    void growsAndRetriesWhileTheTableGrows() throws IOException {
        GrowingTable table = new GrowingTable(4000, 6000, 9000, 9000);

        ByteBuffer buf = SysctlRead.read(table, ENOMEM, "test");

        assertThat(buf.remaining()).isEqualTo(9000);
        assertThat(table.offered).containsExactly(5000L, 10000L);
    }

    @Test
    void givesUpOnATableThatNeverStopsGrowing() {
        long[] sizes = new long[20];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = 1000L << (2 * i);
        }
        assertThatThrownBy(() -> SysctlRead.read(new GrowingTable(sizes), ENOMEM, "runaway"))
                .isInstanceOf(IOException.class).hasMessageContaining("still growing");
    }

    @Test
    void reportsOtherErrorsWithTheirErrno() {
        SysctlRead.Call denied = (buffer, length) -> buffer == null ? 0 : 1;

        assertThatThrownBy(() -> SysctlRead.read(denied, ENOMEM, "kern.proc.env"))
                .isInstanceOf(IOException.class).hasMessageContaining("kern.proc.env").hasMessageContaining("errno 1");
    }
}
