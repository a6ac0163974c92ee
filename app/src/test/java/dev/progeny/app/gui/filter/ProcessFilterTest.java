package dev.progeny.app.gui.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessState;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessFilterTest {
    private final ProcessInfo python = new ProcessInfo(4242, 1, 4242, 4242, 0, -1, ProcessState.SLEEPING, 1000, 1, 1,
            "python3", List.of("/usr/bin/python3", "-m", "http.server", "8080"), 1, 0, 0);
    private final ProcessInfo kernel = new ProcessInfo(2, 0, 0, 0, 0, -1, ProcessState.SLEEPING, 0, 1, 1,
            "kthreadd", List.of(), 1, 0, 0);

    @Test
    void emptyMatchesEverything() {
        assertThat(new ProcessFilter("  ").matches(python)).isTrue();
        assertThat(ProcessFilter.NONE.matches(kernel)).isTrue();
    }

    @Test
    void matchesNameIgnoringCase() {
        assertThat(new ProcessFilter("PYTHON").matches(python)).isTrue();
        assertThat(new ProcessFilter("thread").matches(kernel)).isTrue();
        assertThat(new ProcessFilter("java").matches(python)).isFalse();
    }

    @Test
    void matchesTheCommandLine() {
        assertThat(new ProcessFilter("http.server").matches(python)).isTrue();
        assertThat(new ProcessFilter("8080").matches(python)).isTrue();
    }

    @Test
    void matchesThePidExactly() {
        assertThat(new ProcessFilter("4242").matches(python)).isTrue();
        assertThat(new ProcessFilter("424").matches(python)).isFalse();
        assertThat(new ProcessFilter("2").matches(kernel)).isTrue();
    }
}
