package dev.progeny.app.gui.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CountdownTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private final Countdown countdown = new Countdown("process group 42", T0, Duration.ofSeconds(4));

    @Test
    void countsDownFromTheGracePeriod() {
        assertThat(countdown.remaining(T0)).isEqualTo(Duration.ofSeconds(4));
        assertThat(countdown.remaining(T0.plusMillis(1500))).isEqualTo(Duration.ofMillis(2500));
        assertThat(countdown.progress(T0.plusSeconds(1))).isEqualTo(0.25);
        assertThat(countdown.label(T0.plusMillis(600))).isEqualTo("Escalating process group 42: SIGTERM sent, SIGKILL in 3.4 s");
    }

    @Test
    void stopsAtZeroWhenTheGraceIsOver() {
        assertThat(countdown.remaining(T0.plusSeconds(9))).isZero();
        assertThat(countdown.progress(T0.plusSeconds(9))).isEqualTo(1.0);
        assertThat(countdown.label(T0.plusSeconds(9))).endsWith("grace over, SIGKILL to survivors");
    }

    @Test
    void aZeroGraceIsAlreadyOver() {
        assertThat(new Countdown("x", T0, Duration.ZERO).progress(T0)).isEqualTo(1.0);
    }
}
