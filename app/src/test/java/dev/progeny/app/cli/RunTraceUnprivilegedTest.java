package dev.progeny.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.progeny.probes.linux.DelegatedCgroup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code progeny run --trace} as a normal user (uid 65534, through {@link DelegatedCgroup}): the
 * proc connector is refused, ptrace records the launch, and every process is in the trace with
 * its exit status. As root only (the fixture skips the test otherwise); the fixture ends and
 * removes everything it made.
 */
@EnabledOnOs(OS.LINUX)
class RunTraceUnprivilegedTest {
    private DelegatedCgroup fixture;

    @AfterEach
    void nothingLeft() throws Exception {
        if (fixture != null) {
            fixture.closeCheckingNothingLeft();
        }
    }

    @Test
    void aNormalUserRecordsEveryProcessWithPtrace(@TempDir Path dir) throws Exception {
        fixture = DelegatedCgroup.create();
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path trace = dir.resolve("trace.json");

        DelegatedCgroup.Run run = fixture.run(Duration.ofMinutes(2), "dev.progeny.app.Main",
                "run", "-v", "--trace", trace.toString(), "--", "/bin/sh", "-c", RunTraceTest.SCRIPT);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).contains("progeny: events: ptrace (exact); proc connector unavailable: ");
        RunTraceTest.assertEveryProcessOfTheScript(new ObjectMapper().readTree(trace.toFile()));
    }
}
