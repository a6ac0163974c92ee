package dev.progeny.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Bad input is refused before any window opens (the bench itself needs a display of its own). */
class BenchUiCommandTest {

    @Test
    void refusesAnUnknownView() {
        StringWriter err = new StringWriter();
        assertThat(ProgenyCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(err, true),
                "bench", "ui", "--view", "galaxy")).isEqualTo(2);
        assertThat(err.toString()).contains("--view: galaxy is neither system nor launches");
    }
}
