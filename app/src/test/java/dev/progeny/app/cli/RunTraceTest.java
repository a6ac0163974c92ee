package dev.progeny.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.progeny.probes.Platform;
import dev.progeny.probes.testing.LaunchCleanup;
import dev.progeny.probes.testing.TaggedProcesses;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --trace} and {@code --events} on a real command: the files have the documented
 * shape; with an exact source every process is there with its exit status.
 */
class RunTraceTest {
    /** A child that exits 0, one killed by KILL, and the shell's own exit 3; each lives long enough to be read. */
    static final String SCRIPT = "sleep 0.5; sleep 5 & kill -9 $!; wait; exit 3";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String tag = ProcessHandle.current().pid() + "-";
    private long since;
    private String stderr;

    @BeforeEach
    void mark() {
        since = LaunchCleanup.mark();
    }

    @AfterEach
    void nothingLeaked() {
        List<Integer> leaked = TaggedProcesses.alive(tag);
        LaunchCleanup.endAll(tag, Platform.current().launcher().rootPids(), since);
        assertThat(leaked).as("alive after the test").isEmpty();
    }

    private int run(String... args) {
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("run"));
        all.addAll(List.of(args));
        int code = ProgenyCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(err, true),
                all.toArray(String[]::new));
        stderr = err.toString();
        return code;
    }

    @Test
    void writesEveryProcessAsAChromeTraceAndTheRawEventsAsJsonLines(@TempDir Path dir) throws IOException {
        Path trace = dir.resolve("trace.json");
        Path events = dir.resolve("events.jsonl");
        assertThat(run("-v", "--trace", trace.toString(), "--events", events.toString(), "--", "/bin/sh", "-c", SCRIPT))
                .isEqualTo(3);
        assertThat(stderr).contains("progeny: events: ");

        JsonNode doc = JSON.readTree(trace.toFile());
        List<JsonNode> all = StreamSupport.stream(doc.get("traceEvents").spliterator(), false).toList();
        List<JsonNode> complete = all.stream().filter(e -> e.get("ph").asText().equals("X")).toList();
        assertThat(all.stream().filter(e -> e.get("ph").asText().equals("M")))
                .allSatisfy(m -> assertThat(m.get("name").asText()).isEqualTo("process_name"))
                .hasSameSizeAs(complete);
        assertThat(complete).isNotEmpty().allSatisfy(e -> {
            assertThat(e.get("pid").asInt()).isEqualTo(e.get("tid").asInt());
            assertThat(e.get("ts").isNumber() && e.get("dur").isNumber()).isTrue();
            assertThat(e.get("name").asText()).isNotEmpty();
            assertThat(e.get("args").has("ppid") && e.get("args").get("argv").isArray()).isTrue();
            assertThat(e.get("args").get("exitCode").isNull() || e.get("args").get("exitCode").isInt()).isTrue();
            assertThat(e.get("args").has("signal")).isTrue();
        });
        JsonNode root = complete.getFirst();
        assertThat(root.get("args").get("argv").toString()).contains("exit 3");

        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(events)) {
            lines.add(JSON.readTree(line));
        }
        assertThat(lines).allSatisfy(l -> assertThat(l.get("type").asText()).isIn("fork", "exec", "exit", "appeared",
                "vanished", "lost"));

        if (doc.get("otherData").get("source").asText().contains("(exact)")) {
            assertEveryProcessOfTheScript(doc);
            assertThat(lines).anySatisfy(l -> {
                assertThat(l.get("type").asText()).isEqualTo("exit");
                assertThat(l.get("pid").asInt()).isEqualTo(root.get("pid").asInt());
                assertThat(l.get("exitCode").asInt()).isEqualTo(3);
            });
        }
    }

    /** An exact source's trace of {@link #SCRIPT}: the shell exits 3, one sleep exits 0, one is killed. */
    static void assertEveryProcessOfTheScript(JsonNode doc) {
        List<JsonNode> complete = StreamSupport.stream(doc.get("traceEvents").spliterator(), false)
                .filter(e -> e.get("ph").asText().equals("X")).toList();
        assertThat(complete).hasSize(3);
        assertThat(complete.getFirst().get("args").get("exitCode").asInt()).isEqualTo(3);
        assertThat(complete).extracting(e -> e.get("args").get("signal").asText(null))
                .containsExactly(null, null, "KILL");
        assertThat(complete.get(1).get("args").get("exitCode").asInt()).isZero();
        assertThat(complete.get(1).get("name").asText()).isEqualTo("sleep");
    }

    @Test
    void aTimeoutsEndListsWhatExitedMeanwhileWithItsStatusWhenAnExactSourceRecordedIt() {
        // On TERM the shell runs a child that exits 3 and one that exits 1 (too short for any reading), then exits 0.
        run("-v", "--timeout", "1s", "--", "/bin/sh", "-c",
                "trap '(exit 3); /bin/false; exit 0' TERM; echo ready; sleep 30 & wait");
        assertThat(stderr).contains("progeny: timed out after 1s");
        if (stderr.contains("progeny: events: proc connector (exact)")) {
            assertThat(stderr.lines().filter(l -> l.startsWith("progeny: also exited meanwhile: ")).findFirst())
                    .hasValueSatisfying(l -> assertThat(l).contains("(exited 3)").contains("(exited 1)"));
        }
    }

    @Test
    void anUnwritableTraceIsProgenysFailure(@TempDir Path dir) {
        assertThat(run("--trace", dir.resolve("missing/trace.json").toString(), "--", "true")).isEqualTo(125);
        assertThat(stderr).startsWith("progeny: cannot write the trace to ");
    }
}
