package dev.progeny.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.testing.TaggedProcesses;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Under a real terminal (a pty from util-linux {@code script}), {@code progeny run} hands the
 * terminal's foreground to the command, which can then read it, and takes it back afterwards.
 */
class RunTerminalTest {
    private final String tag = TaggedProcesses.newTestTag("terminal");
    private Process script;

    @AfterEach
    void cleanUp() throws InterruptedException {
        if (script != null) {
            script.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        TaggedProcesses.killAll(tag);
        assertThat(TaggedProcesses.alive(tag)).isEmpty();
    }

    @Test
    void theCommandGetsTheForegroundAndProgenyGetsItBack() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "needs util-linux script(1)");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String progeny = java + " --enable-native-access=ALL-UNNAMED -cp '" + System.getProperty("java.class.path")
                + "' dev.progeny.app.Main run -- sh -c 'ps -o pgid=,tpgid= -p $$ | sed s/^/child:/; read x; echo got:$x; exit 4'";
        String shell = progeny + "; echo rc:$?; ps -o pgid=,tpgid= -p $$ | sed s/^/after:/";
        ProcessBuilder pb = new ProcessBuilder("script", "-qec", shell, "/dev/null").redirectErrorStream(true);
        pb.environment().put(LaunchSpec.LAUNCH_TAG, tag);
        script = pb.start();
        String first = readUntil("child:");
        script.getOutputStream().write("hello\n".getBytes(StandardCharsets.UTF_8));
        script.getOutputStream().flush();
        String rest = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(script.waitFor(60, TimeUnit.SECONDS)).isTrue();

        String[] child = first.substring(first.indexOf("child:") + 6).trim().split("\\s+");
        assertThat(child[1]).as("the command's group is the terminal's foreground").isEqualTo(child[0]);
        assertThat(rest).contains("got:hello").contains("rc:4");
        String[] after = rest.substring(rest.indexOf("after:") + 6).trim().split("\\s+");
        assertThat(after[1]).as("the foreground is back with the shell's group").isEqualTo(after[0]);
    }

    /** Reads the pty output up to and including the line containing {@code marker}. */
    private String readUntil(String marker) throws Exception {
        StringBuilder seen = new StringBuilder();
        int b;
        while ((b = script.getInputStream().read()) >= 0) {
            seen.append((char) b);
            int at = seen.indexOf(marker);
            if (at >= 0 && seen.indexOf("\n", at) >= 0) {
                return seen.toString();
            }
        }
        throw new AssertionError("no '" + marker + "' in: " + seen);
    }
}
