package dev.progeny.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.progeny.probes.testing.TaggedProcesses;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code progeny run --trace} as a normal user (uid 65534, through {@code setpriv}): the proc
 * connector is refused, ptrace records the launch, and every process is in the trace with its
 * exit status. Runs a Progeny JVM of its own from a copy of this test's classpath that user can
 * read; needs root to drop to that user (skipped otherwise).
 */
@EnabledOnOs(OS.LINUX)
class RunTraceUnprivilegedTest {
    private static final Path SETPRIV = Path.of("/usr/bin/setpriv");
    private Process progeny;

    @AfterEach
    void nothingLeaked() throws InterruptedException {
        if (progeny == null) {
            return;
        }
        progeny.destroyForcibly().waitFor(); // a no-op once it has ended
        String tag = progeny.pid() + "-";
        List<Integer> leaked = TaggedProcesses.alive(tag);
        TaggedProcesses.killAll(tag);
        assertThat(leaked).as("alive after the test").isEmpty();
    }

    @Test
    void aNormalUserRecordsEveryProcessWithPtrace(@TempDir Path dir) throws Exception {
        assumeTrue((int) Files.getAttribute(Path.of("/proc/self"), "unix:uid") == 0 && Files.isExecutable(SETPRIV),
                "needs root and setpriv to run Progeny as another user");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        String classPath = readableCopy(dir.resolve("cp"));
        Path out = Files.createDirectory(dir.resolve("out"));
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path trace = out.resolve("trace.json");

        ProcessBuilder pb = new ProcessBuilder(SETPRIV.toString(), "--reuid=65534", "--regid=65534", "--clear-groups",
                ProcessHandle.current().info().command().orElseThrow(), "--enable-native-access=ALL-UNNAMED",
                "-cp", classPath, "dev.progeny.app.Main",
                "run", "-v", "--trace", trace.toString(), "--", "/bin/sh", "-c", RunTraceTest.SCRIPT)
                .directory(out.toFile()).redirectErrorStream(true).redirectOutput(out.resolve("output").toFile());
        pb.environment().put("HOME", out.toString());
        pb.environment().remove("XDG_STATE_HOME");
        pb.environment().remove("XDG_CACHE_HOME");
        progeny = pb.start();

        assertThat(progeny.waitFor(120, TimeUnit.SECONDS)).as("progeny run ended").isTrue();
        String output = Files.readString(out.resolve("output"));
        assertThat(progeny.exitValue()).as(output).isEqualTo(3);
        assertThat(output).contains("progeny: events: ptrace (exact); proc connector unavailable: ");
        JsonNode doc = new ObjectMapper().readTree(trace.toFile());
        RunTraceTest.assertEveryProcessOfTheScript(doc);
    }

    /** Copies every classpath entry (jars, class directories) under {@code into}, readable by all. */
    private static String readableCopy(Path into) throws IOException {
        List<String> entries = new ArrayList<>();
        int n = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path from = Path.of(entry);
            if (!Files.exists(from)) {
                continue;
            }
            Path to = into.resolve(n++ + "-" + from.getFileName());
            try (Stream<Path> all = Files.walk(from)) {
                for (Path p : all.toList()) {
                    Path target = to.resolve(from.relativize(p).toString());
                    Files.createDirectories(target.getParent());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                }
            }
            entries.add(to.toString());
        }
        try (Stream<Path> all = Files.walk(into)) {
            for (Path p : all.toList()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
