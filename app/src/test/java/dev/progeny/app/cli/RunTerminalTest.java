package dev.progeny.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.testing.TaggedProcesses;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Under a real terminal (a pty from util-linux {@code script}), {@code progeny run} hands the
 * terminal's foreground to the command, which can then read it, and takes it back afterwards.
 */
class RunTerminalTest {
    private final String tag = TaggedProcesses.newTestTag("terminal");
    private ScriptPty pty;
    private Process script;

    @AfterEach
    void cleanUp() throws InterruptedException {
        if (pty != null) {
            pty.close();
        }
    }

    @Test
    void theCommandGetsTheForegroundAndProgenyGetsItBack() throws Exception {
        String progeny = ScriptPty.progenyRun(
                "-- sh -c 'ps -o pgid=,tpgid= -p $$ | sed s/^/child:/; read x; echo got:$x; exit 4'");
        String shell = progeny + "; echo rc:$?; ps -o pgid=,tpgid= -p $$ | sed s/^/after:/";
        pty = ScriptPty.start(shell, tag);
        script = pty.process;
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
