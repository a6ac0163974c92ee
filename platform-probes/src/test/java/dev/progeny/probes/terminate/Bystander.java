package dev.progeny.probes.terminate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.testing.TaggedProcesses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A process outside the tree under test that writes down every catchable signal it receives:
 * in a session of its own, or beside Progeny (in the test JVM's own group and session, where a
 * group or session signal aimed wrongly would land). After a termination it must be alive,
 * running and untouched.
 */
final class Bystander implements AutoCloseable {
    private static final String SCRIPT = """
            for s in HUP INT QUIT USR1 USR2 TERM CONT WINCH ALRM PIPE; do trap "echo $s >> '$0'" $s; done
            echo ready >> "$0.ready"
            while :; do sleep 1000 & wait $!; done
            """;

    private final String tag = TaggedProcesses.newTestTag("bystander");
    private final Path log;
    private final Process process;

    /** A bystander in a session of its own. */
    Bystander(Path dir) throws IOException {
        this(dir, true);
    }

    private Bystander(Path dir, boolean ownSession) throws IOException {
        log = dir.resolve(ownSession ? "bystander-signals" : "neighbour-signals");
        List<String> command = new ArrayList<>(List.of("sh", "-c", SCRIPT, log.toString()));
        if (ownSession) {
            command.addFirst("setsid");
        }
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put(LaunchSpec.LAUNCH_TAG, tag);
        process = pb.start();
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(Path.of(log + ".ready")));
    }

    /** A bystander in Progeny's own process group and session. */
    static Bystander besideProgeny(Path dir) throws IOException {
        return new Bystander(dir, false);
    }

    int pid() {
        return (int) process.pid();
    }

    /** Alive, not stopped, and no signal written down (watched for a short while). */
    void assertUntouched() throws IOException {
        await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(5))
                .until(() -> process.isAlive() && !Files.exists(log) && !stopped());
        assertThat(Files.exists(log) ? Files.readString(log) : "").as("signals the bystander received").isEmpty();
    }

    private boolean stopped() throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
        return stat.charAt(stat.lastIndexOf(')') + 2) == 'T';
    }

    @Override
    public void close() {
        TaggedProcesses.killAll(tag);
        process.destroyForcibly();
    }
}
