package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.testing.TaggedProcesses;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * "Cannot read" is not "exited": with no descriptor left (EMFILE) a live process the table lists
 * but cannot read is listed as unreadable, never as departed, and a termination that can neither
 * read nor signal it does not call itself clean. Runs {@link StarvedTableMain} in a JVM of its
 * own, with a descriptor limit of 512 (the JVM would otherwise raise its limit to the hard one).
 */
class UnreadableIsNotGoneTest {
    private final String tag = TaggedProcesses.newTestTag("starved");
    private Process jvm;

    @AfterEach
    void cleanUp() throws InterruptedException {
        if (jvm != null) {
            jvm.destroyForcibly().waitFor();
        }
        TaggedProcesses.killAll(tag);
        assertThat(TaggedProcesses.alive(tag)).isEmpty();
    }

    @Test
    void aLiveProcessThatCannotBeReadIsNeitherDepartedNorEndedClean() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        jvm = new ProcessBuilder("prlimit", "--nofile=512", java, "-XX:-MaxFDLimit", "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), StarvedTableMain.class.getName(), tag)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(jvm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(jvm.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(jvm.exitValue()).as(out).isZero();
        Map<String, String> said = new HashMap<>();
        for (String line : out.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                said.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }

        assertThat(said).containsEntry("listed", "false").containsEntry("unreadable", "24")
                .containsEntry("departed", "false").containsEntry("clean", "false");
        assertThat(said.get("survivor")).contains("could not be read").contains("Too many open files");
    }
}
