package dev.progeny.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.progeny.probes.testing.TaggedProcesses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under a real terminal (a pty from util-linux {@code script}), the command of a
 * {@code progeny run} stops (SIGSTOP, so Progeny keeps running) and then the terminal's session
 * ends. Progeny ignores the hangup, as under nohup, so only noticing the lost terminal can end the
 * run: nothing may wait forever for a command no shell can continue any more.
 */
class RunStoppedHangupTest {
    private final String tag = TaggedProcesses.newTestTag("hangup");
    private ScriptPty pty;

    @TempDir
    Path dir;

    @AfterEach
    void cleanUp() throws InterruptedException {
        if (pty != null) {
            pty.close();
        }
    }

    @Test
    void aStoppedCommandIsEndedOnceTheTerminalIsGone() throws Exception {
        String progeny = ScriptPty.progenyRun("-- sh -c 'echo $$ > cmd.pid; kill -STOP $$; echo resumed'");
        // The session leader leaves once the command is stopped and the terminal is back with it.
        String shell = "cd '" + dir + "'; trap '' HUP; (" + progeny + "; echo $? > rc) &"
                + " until [ -s cmd.pid ] && [ \"$(ps -o stat= -p $(cat cmd.pid) | cut -c1)\" = T ]"
                + " && [ $(ps -o tpgid= -p $$) = $(ps -o pgid= -p $$) ]; do sleep 0.1; done";
        pty = ScriptPty.start(shell, tag);
        pty.process.getOutputStream().close();
        assertThat(pty.process.waitFor(120, TimeUnit.SECONDS)).as("the session leader left").isTrue();

        Path rc = dir.resolve("rc");
        await().atMost(Duration.ofSeconds(60)).until(() -> Files.isRegularFile(rc) && Files.size(rc) > 0);
        assertThat(Files.readString(rc).trim()).as("the stopped command ended by SIGTERM").isEqualTo("143");
        await().atMost(Duration.ofSeconds(30)).until(() -> TaggedProcesses.alive(tag).isEmpty());
    }
}
