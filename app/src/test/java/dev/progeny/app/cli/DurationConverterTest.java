package dev.progeny.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class DurationConverterTest {
    @Test
    void readsTheUsualUnits() {
        assertThat(DurationConverter.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(DurationConverter.parse("5s")).isEqualTo(Duration.ofSeconds(5));
        assertThat(DurationConverter.parse("1.5s")).isEqualTo(Duration.ofMillis(1500));
        assertThat(DurationConverter.parse("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(DurationConverter.parse("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(DurationConverter.parse("1d")).isEqualTo(Duration.ofDays(1));
        assertThat(DurationConverter.parse(".25s")).isEqualTo(Duration.ofMillis(250));
        assertThat(DurationConverter.parse(" 3S ")).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void aBareNumberIsSecondsAsForTimeout() {
        assertThat(DurationConverter.parse("10")).isEqualTo(Duration.ofSeconds(10));
        assertThat(DurationConverter.parse("0")).isEqualTo(Duration.ZERO);
    }

    @Test
    void refusesNonsense() {
        for (String bad : new String[] {"", "s", "5x", "-1s", "1.s", "1e3", "five"}) {
            assertThatThrownBy(() -> DurationConverter.parse(bad)).as(bad).isInstanceOf(TypeConversionException.class);
        }
        assertThatThrownBy(() -> DurationConverter.parse("999999999999d")).isInstanceOf(TypeConversionException.class);
    }

    @Test
    void formatsWhatItReads() {
        assertThat(DurationConverter.format(Duration.ofMillis(1500))).isEqualTo("1500ms");
        assertThat(DurationConverter.format(Duration.ofSeconds(5))).isEqualTo("5s");
        assertThat(DurationConverter.format(Duration.ofMinutes(2))).isEqualTo("2m");
    }
}
