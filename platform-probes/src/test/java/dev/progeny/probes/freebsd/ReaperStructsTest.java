package dev.progeny.probes.freebsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** procctl(2) reaper structs, laid out per sys/sys/procctl.h (offsets written out here). */
class ReaperStructsTest {

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    @Test
    void decodesReaperStatus() {
        ByteBuffer rs = le(80);
        rs.putInt(0, 0x1);   // rs_flags = REAPER_STATUS_OWNED
        rs.putInt(4, 2);     // rs_children
        rs.putInt(8, 5);     // rs_descendants
        rs.putInt(12, 900);  // rs_reaper
        rs.putInt(16, 901);  // rs_pid

        ReaperStatus status = ReaperStatus.decode(rs);

        assertThat(status).isEqualTo(new ReaperStatus(1, 2, 5, 900, 901));
        assertThat(status.owned()).isTrue();
        assertThat(new ReaperStatus(0x2, 0, 0, 1, -1).owned()).isFalse();
    }

    @Test
    void reaperStatusNeedsAllEightyBytes() {
        assertThatThrownBy(() -> ReaperStatus.decode(le(79))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pidListEndsAtTheFirstEntryWithoutValid() {
        ByteBuffer pids = le(72 * 4);
        putPidInfo(pids, 0, 901, 901, 0x1 | 0x2);          // VALID | CHILD
        putPidInfo(pids, 1, 902, 901, 0x1 | 0x8);          // VALID | ZOMBIE (newer kernels)
        putPidInfo(pids, 2, 903, 903, 0x1 | 0x2 | 0x4);    // VALID | CHILD | REAPER
        // entry 3 left zeroed: the end of the list

        List<ReaperPid> list = ReaperPid.decodeAll(pids, 4);

        assertThat(list).containsExactly(new ReaperPid(901, 901, 3), new ReaperPid(902, 901, 9),
                new ReaperPid(903, 903, 7));
        assertThat(list.get(0).isChild()).isTrue();
        assertThat(list.get(1).isZombie()).isTrue();
        assertThat(list.get(1).isChild()).isFalse();
        assertThat(list.get(2).isReaper()).isTrue();
    }

    @Test
    void pidListStopsAtCapacityEvenIfEveryEntryIsValid() {
        ByteBuffer pids = le(72 * 3);
        for (int i = 0; i < 3; i++) {
            putPidInfo(pids, i, 1000 + i, 1000, 0x1);
        }
        assertThat(ReaperPid.decodeAll(pids, 2)).extracting(ReaperPid::pid).containsExactly(1000, 1001);
    }

    @Test
    void encodesAKillRequestAndDecodesItsResult() {
        ByteBuffer rk = le(80);
        for (int i = 0; i < 80; i++) {
            rk.put(i, (byte) 0x5A);
        }
        ReaperKill.subtree(9, 901).encode(rk);

        assertThat(rk.getInt(0)).isEqualTo(9);       // rk_sig
        assertThat(rk.getInt(4)).isEqualTo(0x2);     // rk_flags = REAPER_KILL_SUBTREE
        assertThat(rk.getInt(8)).isEqualTo(901);     // rk_subtree
        for (int i = 12; i < 80; i++) {
            assertThat(rk.get(i)).as("byte %d zeroed", i).isZero();
        }

        rk.putInt(12, 4);    // rk_killed
        rk.putInt(16, -1);   // rk_fpid: none failed
        assertThat(ReaperKill.Result.decode(rk)).isEqualTo(new ReaperKill.Result(4, -1));
    }

    @Test
    void killAllHasNoFlags() {
        assertThat(ReaperKill.all(15)).isEqualTo(new ReaperKill(15, 0, 0));
    }

    @Test
    void signalZeroIsRefusedAsTheKernelWould() {
        assertThatThrownBy(() -> ReaperKill.all(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void putPidInfo(ByteBuffer buf, int index, int pid, int subtree, int flags) {
        int at = index * 72;
        buf.putInt(at, pid);          // pi_pid
        buf.putInt(at + 4, subtree);  // pi_subtree
        buf.putInt(at + 8, flags);    // pi_flags
    }
}
