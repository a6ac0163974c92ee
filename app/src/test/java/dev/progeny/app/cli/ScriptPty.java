package dev.progeny.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.testing.TaggedProcesses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A shell command run under a real terminal: a pty from util-linux {@code script}, everything
 * in it tagged with a test tag. Closing ends the script and every tagged process and checks that
 * none is left. Linux.
 */
final class ScriptPty implements AutoCloseable {
    final Process process;
    private final String tag;

    private ScriptPty(Process process, String tag) {
        this.process = process;
        this.tag = tag;
    }

    /** Runs {@code shell} with {@code sh -c} as the session leader of a new pty. */
    static ScriptPty start(String shell, String tag) throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "needs util-linux script(1)");
        ProcessBuilder pb = new ProcessBuilder("script", "-qec", shell, "/dev/null").redirectErrorStream(true);
        pb.environment().put(LaunchSpec.LAUNCH_TAG, tag);
        return new ScriptPty(pb.start(), tag);
    }

    /** The shell words that run {@code progeny run} from this test's classes, then {@code runArgs}. */
    static String progenyRun(String runArgs) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return java + " --enable-native-access=ALL-UNNAMED -cp '" + System.getProperty("java.class.path")
                + "' dev.progeny.app.Main run " + runArgs;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        TaggedProcesses.killAll(tag);
        assertThat(TaggedProcesses.alive(tag)).isEmpty();
    }
}
