package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.testing.TaggedProcesses;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A JVM that never closes its launch still removes the launch's empty cgroup when it exits. */
class CgroupExitSweepTest {
    private final String tag = TaggedProcesses.newTestTag("exit-sweep");
    private Process jvm;

    @AfterEach
    void cleanUp() throws InterruptedException {
        if (jvm != null) {
            jvm.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        TaggedProcesses.killAll(tag);
        assertThat(TaggedProcesses.alive(tag)).isEmpty();
    }

    @Test
    void anUnclosedLaunchsEmptyCgroupIsGoneAfterTheJvmExits() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), UnclosedLaunchMain.class.getName(), tag);
        pb.environment().put(LaunchSpec.LAUNCH_TAG, tag);
        jvm = pb.redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(jvm.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(jvm.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(jvm.exitValue()).isZero();
        assumeTrue(!out.equals("none"), "no cgroup available here");
        assertThat(Path.of(out)).as("the launch's cgroup").doesNotExist();
        assertThat(Files.exists(Path.of(out).getParent())).isTrue();
    }
}
