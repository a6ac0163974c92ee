package dev.progeny.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.progeny.probes.Signal;
import dev.progeny.probes.linux.LinuxSignals;
import dev.progeny.probes.testing.TaggedProcesses;
import dev.progeny.probes.testing.TestTrees;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM, SIGINT and SIGHUP sent to a {@code progeny run} reach the command (in its own group, which a
 * terminal's Ctrl-C would miss), and the run exits 128+N with nothing left. Runs the CLI in a
 * child JVM, the only process this test signals.
 */
class RunSignalForwardingTest {
    private Process progeny;

    @AfterEach
    void cleanUp() throws InterruptedException {
        if (progeny != null) {
            String tag = progeny.pid() + "-";
            progeny.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            TaggedProcesses.killAll(tag);
            assertThat(TaggedProcesses.alive(tag)).isEmpty();
        }
    }

    @Test
    void termIsForwardedToTheCommandsGroup() throws Exception {
        assertForwarded("TERM", 143);
    }

    @Test
    void intIsForwardedToTheCommandsGroup() throws Exception {
        assertForwarded("INT", 130);
    }

    @Test
    void hupIsForwardedToTheCommandsGroup() throws Exception {
        assumeFalse(ignoredFromTheStart(Signal.HUP), "SIGHUP is ignored here (nohup?): the child JVM could not catch it");
        assertForwarded("HUP", 129);
    }

    /** Whether this JVM was started with {@code signal} ignored, which the child JVM inherits across exec. */
    private static boolean ignoredFromTheStart(Signal signal) throws IOException {
        Matcher m = Pattern.compile("SigIgn:\\s*(\\p{XDigit}+)").matcher(Files.readString(Path.of("/proc/self/status")));
        return m.find() && (Long.parseLong(m.group(1), 16) & (1L << (LinuxSignals.TABLE.number(signal) - 1))) != 0;
    }

    private void assertForwarded(String signal, int expectedExit) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                "dev.progeny.app.Main", "run", "--grace", "10s", "--"));
        // fork-tree.sh's shell would ignore INT while waiting if run without job control; exec'ing
        // sleep from sh -c keeps the test about forwarding, not about shell signal rules.
        cmd.addAll(List.of("sh", "-c", "sh " + TestTrees.script("fork-tree.sh") + " 300 & echo ready; exec sleep 300"));
        progeny = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String tag = progeny.pid() + "-";
        BufferedReader out = new BufferedReader(new InputStreamReader(progeny.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && !line.contains("ready")) {
            // Skip anything printed before the tree is up.
        }
        assertThat(line).as("the command started").isNotNull();
        await().atMost(Duration.ofSeconds(30)).until(() -> TaggedProcesses.alive(tag).size() >= 5);

        new ProcessBuilder("kill", "-" + signal, Long.toString(progeny.pid())).start().waitFor();

        assertThat(progeny.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(progeny.exitValue()).isEqualTo(expectedExit);
        assertThat(TaggedProcesses.alive(tag)).isEmpty();
    }
}
