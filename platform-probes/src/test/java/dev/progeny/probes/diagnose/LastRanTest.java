package dev.progeny.probes.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LastRanTest {

    @Test
    void aZombiesLastRunDatesItsDeath() {
        long died = LastRan.parse(ProcSamples.read("zombie/sched")).orElseThrow();
        long now = LastRan.parse(ProcSamples.read("zombie/reader-sched")).orElseThrow();
        assertThat(died).isEqualTo(947_895_764_614L);
        assertThat(LastRan.before(died, now)).isBetween(Duration.ofSeconds(3), Duration.ofSeconds(4));
    }

    @Test
    void missingOrGarbledFieldsAreEmpty() {
        assertThat(LastRan.parse("policy : 0\n")).isEmpty();
        assertThat(LastRan.parse("se.exec_start : abc\n")).isEmpty();
        assertThat(LastRan.parse("se.exec_start : 12\n")).hasValue(12_000_000);
    }

    @Test
    void crossedReadingsAreZeroNotNegative() {
        assertThat(LastRan.before(10, 5)).isZero();
    }
}
