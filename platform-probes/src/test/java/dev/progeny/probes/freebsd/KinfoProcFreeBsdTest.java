package dev.progeny.probes.freebsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessState;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

class KinfoProcFreeBsdTest {

    @Test
    void decodesANormalProcess() {
        KinfoProcFreeBsd k = KinfoProcFreeBsd.decode(KinfoProcBytes.buffer(new KinfoProcBytes()));

        assertThat(k.pid()).isEqualTo(4242);
        assertThat(k.ppid()).isEqualTo(4200);
        assertThat(k.pgid()).isEqualTo(4242);
        assertThat(k.sid()).isEqualTo(4100);
        assertThat(k.tpgid()).isEqualTo(4242);
        assertThat(k.ruid()).isEqualTo(1001);
        assertThat(k.comm()).isEqualTo("sleep");
        assertThat(k.startMicros()).isEqualTo(1_780_000_000_123_456L);
        assertThat(k.runtimeMicros()).isEqualTo(2_500_000L);
        assertThat(k.rssPages()).isEqualTo(300);
        assertThat(k.threads()).isEqualTo(1);
        assertThat(k.hasTerminal()).isTrue();
    }

    @Test
    void convertsToProcessInfoInMicrosecondsAndBytes() {
        ProcessInfo p = KinfoProcFreeBsd.decode(KinfoProcBytes.buffer(new KinfoProcBytes()))
                .toProcessInfo(List.of("sleep", "60"), 4096);

        assertThat(p.state()).isEqualTo(ProcessState.RUNNING);
        assertThat(p.uid()).isEqualTo(1001);
        assertThat(p.startTime()).isEqualTo(1_780_000_000_123_456L);
        assertThat(p.startEpochMillis()).isEqualTo(1_780_000_000_123L);
        assertThat(p.rssBytes()).isEqualTo(300 * 4096L);
        assertThat(p.cpuNanos()).isEqualTo(2_500_000_000L);
        assertThat(p.tty()).isEqualTo(0x5a00_0003L);
        assertThat(p.argv()).containsExactly("sleep", "60");
        assertThat(p.key().startTime()).isEqualTo(p.startTime());
    }

    @Test
    void decodesAZombie() {
        KinfoProcBytes zombie = new KinfoProcBytes();
        zombie.zombie();
        KinfoProcFreeBsd k = KinfoProcFreeBsd.decode(KinfoProcBytes.buffer(zombie));

        assertThat(k.stat()).isEqualTo(5);
        assertThat(k.toProcessInfo(List.of(), 4096).isZombie()).isTrue();
    }

    @Test
    void decodesANameOfFullLength() {
        KinfoProcBytes longName = new KinfoProcBytes();
        longName.comm = "abcdefghijklmnopqrs"; // COMMLEN = 19 characters, then the NUL
        assertThat(KinfoProcFreeBsd.decode(KinfoProcBytes.buffer(longName)).comm()).isEqualTo("abcdefghijklmnopqrs");
    }

    @Test
    void withoutATerminalTtyIsZeroAndForegroundGroupUnknown() {
        KinfoProcBytes daemon = new KinfoProcBytes();
        daemon.noTerminal();
        ProcessInfo p = KinfoProcFreeBsd.decode(KinfoProcBytes.buffer(daemon)).toProcessInfo(List.of(), 4096);

        assertThat(p.tty()).isZero();
        assertThat(p.tpgid()).isEqualTo(-1);
    }

    @Test
    void rejectsATruncatedBuffer() {
        ByteBuffer whole = KinfoProcBytes.buffer(new KinfoProcBytes());
        ByteBuffer cut = whole.slice(0, 1000).order(ByteOrder.LITTLE_ENDIAN);

        assertThatThrownBy(() -> KinfoProcFreeBsd.decode(cut))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("truncated");
        assertThatThrownBy(() -> KinfoProcFreeBsd.decode(ByteBuffer.allocate(2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("truncated");
    }

    @Test
    void rejectsAWrongStructSize() {
        KinfoProcBytes i386 = new KinfoProcBytes();
        i386.structSize = 768; // KINFO_PROC32_SIZE: another ABI, every offset would be wrong

        assertThatThrownBy(() -> KinfoProcFreeBsd.decode(KinfoProcBytes.buffer(i386)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ki_structsize 768");
    }

    @Test
    void decodesRecordsBackToBackAsKernProcProcReturnsThem() {
        KinfoProcBytes parent = new KinfoProcBytes();
        KinfoProcBytes child = new KinfoProcBytes();
        child.pid = 4243;
        child.ppid = 4242;
        child.comm = "sh";
        KinfoProcBytes zombie = new KinfoProcBytes();
        zombie.pid = 4244;
        zombie.ppid = 4243;
        zombie.zombie();

        List<KinfoProcFreeBsd> all = KinfoProcFreeBsd.decodeAll(KinfoProcBytes.buffer(parent, child, zombie));

        assertThat(all).extracting(KinfoProcFreeBsd::pid).containsExactly(4242, 4243, 4244);
        assertThat(all).extracting(KinfoProcFreeBsd::ppid).containsExactly(4200, 4242, 4243);
        assertThat(all.get(1).comm()).isEqualTo("sh");
        assertThat(FreeBsdStates.of(all.get(2).stat())).isEqualTo(ProcessState.ZOMBIE);
    }

    @Test
    void aTrailingPartialRecordIsAnError() {
        ByteBuffer two = KinfoProcBytes.buffer(new KinfoProcBytes(), new KinfoProcBytes());
        ByteBuffer oneAndAHalf = two.slice(0, KinfoProcBytes.SIZE + 500).order(ByteOrder.LITTLE_ENDIAN);

        assertThatThrownBy(() -> KinfoProcFreeBsd.decodeAll(oneAndAHalf)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mapsEveryKiStat() {
        assertThat(FreeBsdStates.of(1)).isEqualTo(ProcessState.RUNNING);   // SIDL
        assertThat(FreeBsdStates.of(2)).isEqualTo(ProcessState.RUNNING);   // SRUN
        assertThat(FreeBsdStates.of(3)).isEqualTo(ProcessState.SLEEPING);  // SSLEEP
        assertThat(FreeBsdStates.of(4)).isEqualTo(ProcessState.STOPPED);   // SSTOP
        assertThat(FreeBsdStates.of(5)).isEqualTo(ProcessState.ZOMBIE);    // SZOMB
        assertThat(FreeBsdStates.of(6)).isEqualTo(ProcessState.IDLE);      // SWAIT
        assertThat(FreeBsdStates.of(7)).isEqualTo(ProcessState.SLEEPING);  // SLOCK
        assertThat(FreeBsdStates.of(0)).isEqualTo(ProcessState.UNKNOWN);
    }
}
