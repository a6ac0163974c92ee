package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.progeny.probes.testing.LaunchCleanup;
import dev.progeny.probes.testing.TaggedProcesses;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * If Progeny dies, its tracees are released, never killed (no PTRACE_O_EXITKILL): a child JVM
 * traces a tree and is SIGKILLed; the tree lives on, running and untraced; then this test ends it
 * by pid.
 */
class TracerDeathTest {
    private final String tag = TaggedProcesses.newTestTag("tracer-death");
    private final long since = LaunchCleanup.mark();

    @AfterEach
    void endTheTree() {
        LaunchCleanup.endAll(tag, Set.of(), since);
        assertThat(TaggedProcesses.alive(tag)).isEmpty();
    }

    @Test
    void theTracedTreeOutlivesItsTracer() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process progeny = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), TracingJvmMain.class.getName(), tag)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String ready;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(progeny.getInputStream()))) {
            ready = out.readLine();
            assertThat(ready).startsWith("ready ");
            List<Integer> tree = Arrays.stream(ready.substring(6).split(" ")).map(Integer::parseInt).toList();
            for (int pid : tree) {
                // TracerPid names the tracing thread: one of the child JVM's.
                assertThat(Path.of("/proc", Long.toString(progeny.pid()), "task", Integer.toString(TracedProcs.tracer(pid))))
                        .exists();
            }

            progeny.destroyForcibly();
            progeny.waitFor();

            for (int pid : tree) {
                await().atMost(Duration.ofSeconds(30)).until(() -> TracedProcs.tracer(pid) == 0);
                assertThat(TracedProcs.state(pid)).as("state of %s", pid).isIn('S', 'R');
            }
            assertThat(TaggedProcesses.alive(tag)).containsExactlyInAnyOrderElementsOf(tree);
        }
    }
}
