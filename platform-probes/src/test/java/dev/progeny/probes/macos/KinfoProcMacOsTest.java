package dev.progeny.probes.macos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessState;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

class KinfoProcMacOsTest {

    @Test
    void decodesANormalProcess() {
        KinfoProcMacOs k = KinfoProcMacOs.decode(KinfoProcMacOsBytes.buffer(new KinfoProcMacOsBytes()));

        assertThat(k).isEqualTo(new KinfoProcMacOs(512, 1, 512, 600, 501, 3, "zsh", 0x1000002,
                1_780_000_100_999_999L));
        assertThat(k.hasTerminal()).isTrue();
    }

    @Test
    void takesTheSessionFromGetsidBecauseKinfoProcHasNone() {
        ProcessInfo p = KinfoProcMacOs.decode(KinfoProcMacOsBytes.buffer(new KinfoProcMacOsBytes()))
                .toProcessInfo(480, List.of("-zsh"));

        assertThat(p.sid()).isEqualTo(480);
        assertThat(p.state()).isEqualTo(ProcessState.SLEEPING);
        assertThat(p.tpgid()).isEqualTo(600);
        assertThat(p.tty()).isEqualTo(0x1000002L);
        assertThat(p.startEpochMillis()).isEqualTo(1_780_000_100_999L);
        assertThat(p.argv()).containsExactly("-zsh");
    }

    @Test
    void decodesAZombie() {
        KinfoProcMacOsBytes zombie = new KinfoProcMacOsBytes();
        zombie.stat = 5;
        KinfoProcMacOs k = KinfoProcMacOs.decode(KinfoProcMacOsBytes.buffer(zombie));

        assertThat(k.toProcessInfo(-1, List.of()).isZombie()).isTrue();
    }

    @Test
    void decodesANameOfFullLength() {
        KinfoProcMacOsBytes longName = new KinfoProcMacOsBytes();
        longName.comm = "0123456789abcdef"; // MAXCOMLEN = 16 characters, then the NUL

        assertThat(KinfoProcMacOs.decode(KinfoProcMacOsBytes.buffer(longName)).comm()).isEqualTo("0123456789abcdef");
    }

    @Test
    void withoutATerminalTtyIsZeroAndForegroundGroupUnknown() {
        KinfoProcMacOsBytes daemon = new KinfoProcMacOsBytes();
        daemon.tdev = -1; // NODEV
        daemon.tpgid = 0;
        ProcessInfo p = KinfoProcMacOs.decode(KinfoProcMacOsBytes.buffer(daemon)).toProcessInfo(512, List.of());

        assertThat(p.tty()).isZero();
        assertThat(p.tpgid()).isEqualTo(-1);
    }

    @Test
    void rejectsATruncatedBuffer() {
        ByteBuffer cut = KinfoProcMacOsBytes.buffer(new KinfoProcMacOsBytes()).slice(0, 600)
                .order(ByteOrder.LITTLE_ENDIAN);

        assertThatThrownBy(() -> KinfoProcMacOs.decode(cut)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("truncated");
    }

    @Test
    void decodesRecordsBackToBackAndRejectsAPartialOne() {
        KinfoProcMacOsBytes child = new KinfoProcMacOsBytes();
        child.pid = 513;
        child.ppid = 512;
        ByteBuffer two = KinfoProcMacOsBytes.buffer(new KinfoProcMacOsBytes(), child);

        assertThat(KinfoProcMacOs.decodeAll(two.duplicate().order(ByteOrder.LITTLE_ENDIAN)))
                .extracting(KinfoProcMacOs::pid).containsExactly(512, 513);
        assertThatThrownBy(() -> KinfoProcMacOs.decodeAll(two.slice(0, 1000).order(ByteOrder.LITTLE_ENDIAN)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mapsEveryPStat() {
        assertThat(MacOsStates.of(1)).isEqualTo(ProcessState.RUNNING);  // SIDL
        assertThat(MacOsStates.of(2)).isEqualTo(ProcessState.RUNNING);  // SRUN
        assertThat(MacOsStates.of(3)).isEqualTo(ProcessState.SLEEPING); // SSLEEP
        assertThat(MacOsStates.of(4)).isEqualTo(ProcessState.STOPPED);  // SSTOP
        assertThat(MacOsStates.of(5)).isEqualTo(ProcessState.ZOMBIE);   // SZOMB
        assertThat(MacOsStates.of(6)).isEqualTo(ProcessState.UNKNOWN);
    }
}
