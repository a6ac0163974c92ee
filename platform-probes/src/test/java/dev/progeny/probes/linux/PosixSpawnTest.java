package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PosixSpawnTest {
    @Test
    void resetsEverySignalButKillAndStopIncludingGlibcInternalOnes() {
        long bits = PosixSpawn.catchableSignals();
        assertThat(Long.bitCount(bits)).isEqualTo(62);
        assertThat(bits & (1L << 8)).as("SIGKILL").isZero();
        assertThat(bits & (1L << 18)).as("SIGSTOP").isZero();
        assertThat(bits & (3L << 31)).as("signals 32 and 33").isEqualTo(3L << 31);
    }
}
