package dev.progeny.probes.posix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.progeny.probes.launch.ExitStatus;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PosixHelpersTest {

    @Test
    void decodesWaitStatusesTheSameOnEveryOs() {
        assertThat(WaitStatus.decode(0)).contains(new ExitStatus.Exited(0));
        assertThat(WaitStatus.decode(3 << 8)).contains(new ExitStatus.Exited(3));
        assertThat(WaitStatus.decode(15)).contains(new ExitStatus.Killed(15, false));
        assertThat(WaitStatus.decode(0x80 | 11)).contains(new ExitStatus.Killed(11, true));
        assertThat(WaitStatus.decode(9).orElseThrow().shellCode()).isEqualTo(137);
    }

    @Test
    void signalSetsPutSignalNAtBitNMinusOne() {
        byte[] set = SignalSets.empty(16);
        SignalSets.add(set, 1);
        SignalSets.add(set, 9);
        SignalSets.add(set, 33);
        SignalSets.add(set, 128);

        assertThat(set[0]).isEqualTo((byte) 0x01);
        assertThat(set[1]).isEqualTo((byte) 0x01);
        assertThat(set[4]).isEqualTo((byte) 0x01);
        assertThat(set[15]).isEqualTo((byte) 0x80);
        assertThat(SignalSets.contains(set, 9)).isTrue();
        assertThat(SignalSets.contains(set, 10)).isFalse();
        assertThat(SignalSets.all(4, 31)).containsExactly(0xff, 0xff, 0xff, 0x7f);
        assertThatThrownBy(() -> SignalSets.add(new byte[4], 33)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void splitsNulSeparatedStringsAndFindsAVariable() {
        byte[] env = "A=1\0PROGENY_LAUNCH=x-1\0B=\0".getBytes(StandardCharsets.UTF_8);
        List<String> all = CmdlineParser.split(env, env.length);

        assertThat(all).containsExactly("A=1", "PROGENY_LAUNCH=x-1", "B=");
        assertThat(CmdlineParser.variable(all, "PROGENY_LAUNCH")).contains("x-1");
        assertThat(CmdlineParser.variable(all, "B")).contains("");
        assertThat(CmdlineParser.variable(all, "PROGENY")).isEmpty();
        assertThat(CmdlineParser.split(env, 4, 8)).containsExactly("PROG");
    }
}
