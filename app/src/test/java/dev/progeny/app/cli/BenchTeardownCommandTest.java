package dev.progeny.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.testing.TaggedProcesses;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class BenchTeardownCommandTest {

    @Test
    void timesBothWaysOnIdenticalTreesAndLeavesNothingBehind() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = ProgenyCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                "bench", "teardown", "--processes", "20", "--rounds", "1", "--warmup", "0");
        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString())
                .containsPattern("round 1: progeny_ms=\\d+\\.\\d baseline_ms=\\d+\\.\\d syscall_baseline_ms=\\d+\\.\\d")
                .containsPattern("processes=20 rounds=1 progeny_median_ms=\\S+ baseline_median_ms=\\S+ ratio=\\S+")
                .containsPattern("syscall_baseline_median_ms=\\d+\\.\\d syscall_ratio=\\d+\\.\\d\\d");
        // Launches the bench makes carry the launcher's own id, which starts with this JVM's pid.
        assertThat(TaggedProcesses.alive(ProcessHandle.current().pid() + "-")).isEmpty();
    }

    @Test
    void refusesNonsenseCounts() {
        StringWriter err = new StringWriter();
        assertThat(ProgenyCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(err, true),
                "bench", "teardown", "--processes", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--processes");
    }
}
