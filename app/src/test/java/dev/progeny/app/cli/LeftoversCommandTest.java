package dev.progeny.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.progeny.app.leftovers.LaunchJournal;
import dev.progeny.probes.Platform;
import dev.progeny.probes.testing.LaunchCleanup;
import dev.progeny.probes.testing.TaggedProcesses;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code progeny run} JVM is killed with SIGKILL mid-run: its family lives on, and the next
 * Progeny finds it by its journal, lists it grouped by launch with its commands, and ends it.
 * The killed JVM is a child of this test; its orphans come back to this test JVM (a subreaper),
 * which reaps them.
 */
class LeftoversCommandTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private final long since = LaunchCleanup.mark();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    @TempDir
    Path state;
    private Process progeny;
    private String tag;
    private String previousJournal;

    @BeforeEach
    void journalHere() {
        previousJournal = System.getProperty(LaunchJournal.DIR_PROPERTY);
        System.setProperty(LaunchJournal.DIR_PROPERTY, state.resolve("progeny/launches").toString());
    }

    @AfterEach
    void cleanUp() throws InterruptedException {
        if (previousJournal == null) {
            System.clearProperty(LaunchJournal.DIR_PROPERTY);
        } else {
            System.setProperty(LaunchJournal.DIR_PROPERTY, previousJournal);
        }
        if (progeny != null) {
            progeny.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            LaunchCleanup.endAll(tag, Platform.current().launcher().rootPids(), since);
            assertThat(TaggedProcesses.alive(tag)).isEmpty();
        }
    }

    @Test
    void aKilledRunsFamilyIsFoundListedAndEnded() throws Exception {
        startRun("sleep 300 & setsid sleep 301 & echo ready; exec sleep 302");
        await().atMost(PATIENCE).until(() -> TaggedProcesses.alive(tag).size() >= 3);
        List<Integer> family = TaggedProcesses.alive(tag);

        progeny.destroyForcibly();
        assertThat(progeny.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(TaggedProcesses.alive(tag)).as("SIGKILL to progeny ends nothing of the family")
                .containsExactlyInAnyOrderElementsOf(family);

        // --launch: this machine may hold other leftovers, and this test touches only its own.
        String id = tag + "1";
        assertThat(run("leftovers", "--json", "--launch", id)).as(err.toString()).isEqualTo(1);
        JsonNode leftovers = new ObjectMapper().readTree(out.toString()).get("leftovers");
        assertThat(leftovers).hasSize(1);
        JsonNode launch = leftovers.get(0);
        assertThat(launch.get("launch").asText()).isEqualTo(id);
        assertThat(launch.get("command").asText()).contains("setsid sleep 301");
        List<Integer> listed = StreamSupport.stream(launch.get("processes").spliterator(), false)
                .map(p -> p.get("pid").asInt()).toList();
        assertThat(listed).containsExactlyInAnyOrderElementsOf(family);
        Optional<Path> cgroup = Optional.ofNullable(launch.get("cgroup")).filter(c -> !c.isNull()).map(c -> Path.of(c.asText()));

        out.getBuffer().setLength(0);
        assertThat(run("leftovers", "--end", "--grace", "2s", "--launch", id)).as(err.toString()).isEqualTo(0);
        assertThat(out.toString()).contains("1 launch left by an earlier Progeny", "sleep 301", "clean:");
        assertThat(TaggedProcesses.alive(tag)).isEmpty();
        cgroup.ifPresent(c -> assertThat(c).as("the dead Progeny's cgroup, removed once empty").doesNotExist());

        out.getBuffer().setLength(0);
        assertThat(run("leftovers", "--launch", id)).isEqualTo(0);
        assertThat(out.toString()).contains("No leftovers");
        try (var files = Files.list(state.resolve("progeny/launches"))) {
            assertThat(files).as("the journal of a gone Progeny that left nothing is forgotten").isEmpty();
        }
    }

    @Test
    void aLiveProgenysLaunchesAreNotLeftovers() throws Exception {
        startRun("echo ready; exec sleep 300");
        await().atMost(PATIENCE).until(() -> TaggedProcesses.alive(tag).size() >= 1);
        assertThat(run("leftovers", "--json", "--launch", tag + "1")).isEqualTo(0);
        assertThat(new ObjectMapper().readTree(out.toString()).get("leftovers")).isEmpty();
    }

    @Test
    void badInputExitsWith2() {
        assertThat(run("leftovers", "--grace", "5x")).isEqualTo(2);
        assertThat(err.toString()).startsWith("progeny: ").contains("'5x' is not a duration");
    }

    /** {@code progeny run -- sh -c script} in a JVM of its own, journalling under this test's state directory. */
    private void startRun(String script) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                "dev.progeny.app.Main", "run", "--", "sh", "-c", script));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("XDG_STATE_HOME", state.toString());
        progeny = pb.start();
        tag = progeny.pid() + "-";
        BufferedReader lines = new BufferedReader(new InputStreamReader(progeny.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = lines.readLine()) != null && !line.contains("ready")) {
            // Whatever the run prints before the command is up.
        }
        assertThat(line).as("the command started").isNotNull();
    }

    private int run(String... args) {
        return ProgenyCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }
}
