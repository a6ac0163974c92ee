package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.launch.ExitStatus;
import org.junit.jupiter.api.Test;

class WaitStatusTest {
    @Test
    void decodesExitCodesAndSignals() {
        assertThat(WaitStatus.decode(0)).isEqualTo(new ExitStatus.Exited(0));
        assertThat(WaitStatus.decode(7 << 8)).isEqualTo(new ExitStatus.Exited(7));
        assertThat(WaitStatus.decode(15)).isEqualTo(new ExitStatus.Killed(15, false));
        assertThat(WaitStatus.decode(0x80 | 11)).isEqualTo(new ExitStatus.Killed(11, true));
    }
}
