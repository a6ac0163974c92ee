package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProcStatTest {

    /** A real line captured from a bash process, fields 1..52. */
    private static final String BASH = "1093 (bash) S 1092 1093 1093 34816 2211 4194560 1606 41232 0 3 4 2 52 26 20 0 1 0 "
            + "3853 7491584 1000 18446744073709551615 94634 94635 140 0 0 0 65536 3686404 1266761467 1 0 0 17 1 0 0 0 0 0 "
            + "94636 94637 94638 140 140 140 140 0\n";

    private static ProcStat parse(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        return parse(bytes);
    }

    private static ProcStat parse(byte[] bytes) {
        byte[] padded = new byte[bytes.length + 100];
        System.arraycopy(bytes, 0, padded, 0, bytes.length);
        return ProcStat.parse(padded, bytes.length);
    }

    @Test
    void parsesEveryFieldProgenyUses() {
        ProcStat s = parse(BASH);
        assertThat(s.pid()).isEqualTo(1093);
        assertThat(s.comm()).isEqualTo("bash");
        assertThat(s.state()).isEqualTo('S');
        assertThat(s.ppid()).isEqualTo(1092);
        assertThat(s.pgrp()).isEqualTo(1093);
        assertThat(s.session()).isEqualTo(1093);
        assertThat(s.ttyNr()).isEqualTo(34816);
        assertThat(s.tpgid()).isEqualTo(2211);
        assertThat(s.utime()).isEqualTo(4);
        assertThat(s.stime()).isEqualTo(2);
        assertThat(s.threads()).isEqualTo(1);
        assertThat(s.startTime()).isEqualTo(3853);
        assertThat(s.rssPages()).isEqualTo(1000);
    }

    @Test
    void parseFindsLastParenInComm() {
        ProcStat s = parse(BASH.replace("(bash)", "(a) (b) ) x)"));
        assertThat(s.comm()).isEqualTo("a) (b) ) x");
        assertThat(s.state()).isEqualTo('S');
        assertThat(s.ppid()).isEqualTo(1092);
        assertThat(s.startTime()).isEqualTo(3853);
    }

    @Test
    void parseKeepsSpacesAndEmptyNames() {
        assertThat(parse(BASH.replace("(bash)", "(my  tool  )")).comm()).isEqualTo("my  tool  ");
        assertThat(parse(BASH.replace("(bash)", "()")).comm()).isEmpty();
    }

    @Test
    void parseKeepsNonUtf8NameBytesAsReplacementCharacters() {
        byte[] line = BASH.replace("(bash)", "(ab\u0001)").getBytes(StandardCharsets.UTF_8);
        line[8] = (byte) 0xff;
        ProcStat s = parse(line);
        assertThat(s.comm()).isEqualTo("ab\uFFFD");
        assertThat(s.ppid()).isEqualTo(1092);
    }

    @Test
    void parsesZombie() {
        String zombie = "4242 (sleep) Z 4241 4241 1093 0 -1 4227084 70 0 0 0 0 0 0 0 20 0 1 0 9000 0 0 "
                + "18446744073709551615 0 0 0 0 0 0 0 0 0 0 0 0 17 0 0 0 0 0 0 0 0 0 0 0 0 0 0 9\n";
        ProcStat s = parse(zombie);
        assertThat(s.state()).isEqualTo('Z');
        assertThat(s.tpgid()).isEqualTo(-1);
        assertThat(s.rssPages()).isZero();
        assertThat(LinuxStates.of(s.state()).isAlive()).isFalse();
    }

    @Test
    void parsesKernelThread() {
        String kthread = "9 (kworker/0:0-cgroup_pidlist_destroy) I 2 0 0 0 -1 69238880 0 0 0 0 0 12 0 0 20 0 1 0 "
                + "5 0 0 18446744073709551615 0 0 0 0 0 0 0 2147483647 0 0 0 0 17 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n";
        ProcStat s = parse(kthread);
        assertThat(s.comm()).isEqualTo("kworker/0:0-cgroup_pidlist_destroy");
        assertThat(s.ppid()).isEqualTo(2);
        assertThat(s.pgrp()).isZero();
        assertThat(LinuxStates.of(s.state())).isEqualTo(dev.progeny.probes.ProcessState.IDLE);
    }

    @Test
    void refusesTruncatedLine() {
        String truncated = BASH.substring(0, BASH.indexOf(" 3853 "));
        assertThatThrownBy(() -> parse(truncated)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("truncated");
        assertThatThrownBy(() -> parse("1093 (bash")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> parse("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesGarbageWhereANumberBelongs() {
        assertThatThrownBy(() -> parse(BASH.replace(" 1092 ", " 10x2 "))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("malformed");
    }

    @Test
    void mapsEveryStateLetter() {
        assertThat(LinuxStates.of('R')).isEqualTo(dev.progeny.probes.ProcessState.RUNNING);
        assertThat(LinuxStates.of('S')).isEqualTo(dev.progeny.probes.ProcessState.SLEEPING);
        assertThat(LinuxStates.of('D')).isEqualTo(dev.progeny.probes.ProcessState.DISK_SLEEP);
        assertThat(LinuxStates.of('T')).isEqualTo(dev.progeny.probes.ProcessState.STOPPED);
        assertThat(LinuxStates.of('t')).isEqualTo(dev.progeny.probes.ProcessState.TRACED);
        assertThat(LinuxStates.of('Z')).isEqualTo(dev.progeny.probes.ProcessState.ZOMBIE);
        assertThat(LinuxStates.of('X')).isEqualTo(dev.progeny.probes.ProcessState.DEAD);
        assertThat(LinuxStates.of('I')).isEqualTo(dev.progeny.probes.ProcessState.IDLE);
        assertThat(LinuxStates.of('?')).isEqualTo(dev.progeny.probes.ProcessState.UNKNOWN);
    }
}
