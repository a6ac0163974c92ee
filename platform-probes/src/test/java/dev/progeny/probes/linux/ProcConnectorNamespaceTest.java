package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Inside a new pid namespace the kernel ignores the listen request without a word: the source
 * must say so rather than deliver nothing. Needs root and unshare(1) (skipped otherwise).
 */
@EnabledOnOs(OS.LINUX)
class ProcConnectorNamespaceTest {

    @Test
    void aListenerInANewPidNamespaceIsToldTheConnectorIsUnavailable() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "needs root to make a pid namespace");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/unshare")), "needs unshare(1)");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process jvm = new ProcessBuilder("/usr/bin/unshare", "--pid", "--fork", "--mount-proc", java,
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                ConnectorProbeMain.class.getName()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            String out = new String(jvm.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            assertThat(jvm.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assumeTrue(jvm.exitValue() == 0, () -> "unshare could not make a pid namespace here: " + out);
            assertThat(out).contains("ignored the listen request").contains("namespace");
        } finally {
            jvm.destroyForcibly().waitFor();
        }
    }
}
