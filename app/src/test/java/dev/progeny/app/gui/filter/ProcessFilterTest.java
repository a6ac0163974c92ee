package dev.progeny.app.gui.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.ProcessInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessFilterTest {
    private final ProcessInfo python = ProcessInfo.builder(4242).uid(1000).startTime(1).startEpochMillis(1)
            .name("python3").argv(List.of("/usr/bin/python3", "-m", "http.server", "8080")).build();
    private final ProcessInfo kernel = ProcessInfo.builder(2).ppid(0).pgid(0).sid(0).startTime(1).startEpochMillis(1).name("kthreadd").build();

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
