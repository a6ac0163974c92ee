package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.ProcessDetails;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LinuxProcessInspectorTest {
    private final LinuxProcessInspector inspector = new LinuxProcessInspector();
    private final ProcessInfo self = new LinuxProcessTable().snapshot().process((int) ProcessHandle.current().pid())
            .orElseThrow();

    LinuxProcessInspectorTest() throws Exception {
    }

    @Test
    void readsTheDetailsOfALiveProcess() {
        ProcessDetails d = inspector.inspect(self.key()).orElseThrow();
        assertThat(d.workingDirectory()).contains(Path.of(System.getProperty("user.dir")).toAbsolutePath());
        assertThat(d.environment().orElseThrow()).anyMatch(e -> e.startsWith("PATH="));
        assertThat(d.openFiles().getAsInt()).isGreaterThanOrEqualTo(3);
        assertThat(d.cgroup()).hasValueSatisfying(c -> assertThat(c).startsWith("/"));
    }

    @Test
    void aReusedPidIsNotDescribedAsTheOldProcess() {
        assertThat(inspector.inspect(new ProcessKey(self.pid(), self.startTime() + 1))).isEmpty();
    }

    @Test
    void aVanishedProcessHasNoDetails() throws Exception {
        Process p = new ProcessBuilder("true").start();
        ProcessKey key = new ProcessKey((int) p.pid(), 1);
        p.waitFor();
        assertThat(inspector.inspect(key)).isEmpty();
    }
}
