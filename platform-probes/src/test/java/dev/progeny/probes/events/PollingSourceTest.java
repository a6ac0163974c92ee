package dev.progeny.probes.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.progeny.probes.Platform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

@EnabledOnOs(OS.LINUX)
class PollingSourceTest {
    /** A reading of a busy machine (thousands of processes, other builds) can take seconds. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static Optional<ProcessRecord> find(ProcessHistory history, long pid) {
        return history.view().unlaunched().records().stream().filter(r -> r.key().pid() == pid).findFirst();
    }

    @Test
    void aRealProcessAppearsAndVanishesInexactly() throws Exception {
        ProcessHistory history = new ProcessHistory();
        Process sleeper = null;
        try (PollingSource source = new PollingSource(Platform.current().processTable(), Duration.ofMillis(20))) {
            sleeper = new ProcessBuilder("sleep", "30").start();
            long pid = sleeper.pid();
            // Polling sees no exec: read it only once the JDK's spawn helper has become sleep.
            Path cmdline = Path.of("/proc", Long.toString(pid), "cmdline");
            await().atMost(PATIENCE).until(() -> Files.readString(cmdline).startsWith("sleep"));
            source.start(history);
            await().atMost(PATIENCE).until(() -> find(history, pid).isPresent());
            assertThat(find(history, pid).orElseThrow().argv()).containsExactly("sleep", "30");
            assertThat(find(history, pid).orElseThrow().parent().orElseThrow().pid()).isEqualTo(ProcessHandle.current().pid());

            sleeper.destroy();
            assertThat(sleeper.waitFor(60, TimeUnit.SECONDS)).isTrue();
            await().atMost(PATIENCE).until(() -> find(history, pid).orElseThrow().ended());
            ProcessRecord ended = find(history, pid).orElseThrow();
            assertThat(ended.status()).isEmpty();
            assertThat(ended.birthSeen() || ended.endSeen()).isFalse();
        } finally {
            if (sleeper != null) {
                sleeper.destroyForcibly().waitFor();
            }
        }
    }
}
