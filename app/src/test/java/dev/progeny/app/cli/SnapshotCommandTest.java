package dev.progeny.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.testing.TaggedProcesses;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SnapshotCommandTest {
    private final String tag = TaggedProcesses.newTestTag("snapshot-cli");
    private Process root;

    @BeforeEach
    void startTree() throws Exception {
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", "sleep 71 & sleep 72 & wait");
        pb.environment().put(LaunchSpec.LAUNCH_TAG, tag);
        root = pb.start();
        await().until(() -> root.descendants().count() == 2);
    }

    @AfterEach
    void endTree() {
        root.descendants().forEach(ProcessHandle::destroyForcibly);
        root.destroyForcibly();
        TaggedProcesses.killAll(tag);
        await().atMost(Duration.ofSeconds(10)).until(() -> TaggedProcesses.alive(tag).isEmpty());
    }

    @Test
    void printsATableWithHeaderAndEveryProcess() {
        CliRun run = CliRun.of("snapshot");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().findFirst()).hasValueSatisfying(h -> assertThat(h).contains("PID", "PPID", "PGID", "SID", "STATE"));
        assertThat(run.out()).contains("sleep 71", "sleep 72");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void treeUnderRootIndentsChildren() {
        CliRun run = CliRun.of("snapshot", "--tree", "--root", Long.toString(root.pid()));
        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).contains("sh -c sleep 71").doesNotContain("\\_");
        assertThat(lines.get(2)).contains("\\_ sleep 71");
        assertThat(lines.get(3)).contains("\\_ sleep 72");
    }

    @Test
    void jsonHasProcessesWithStatesAsEnumNames() throws Exception {
        CliRun run = CliRun.of("snapshot", "--json", "--root", Long.toString(root.pid()));
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).as("one line, ended like any other output line").endsWith("}\n").hasLineCount(1);
        JsonNode processes = new ObjectMapper().readTree(run.out()).get("processes");
        assertThat(processes).hasSize(3);
        List<Long> pids = new ArrayList<>();
        String groupAndSession = psGroupAndSession(root.pid());
        for (JsonNode p : processes) {
            pids.add(p.get("pid").asLong());
            assertThat(p.get("state").asText()).isIn("SLEEPING", "RUNNING");
            assertThat(p.get("pgid").asLong() + " " + p.get("sid").asLong())
                    .as("the tree inherits the test's group and session (0 when their leader is outside this pid namespace)")
                    .isEqualTo(groupAndSession);
            assertThat(p.get("argv").isArray()).isTrue();
            assertThat(p.get("name").asText()).isIn("sh", "sleep");
        }
        assertThat(pids).contains(root.pid());
        JsonNode first = processes.get(0);
        assertThat(first.get("argv").get(0).asText()).isEqualTo("/bin/sh");
    }

    /** What ps says the process group and session of {@code pid} are, as "PGID SID". */
    private static String psGroupAndSession(long pid) throws Exception {
        Process ps = new ProcessBuilder("ps", "-o", "pgid=,sid=", "-p", Long.toString(pid)).start();
        String out = new String(ps.getInputStream().readAllBytes()).trim().replaceAll("\\s+", " ");
        assertThat(ps.waitFor()).isZero();
        return out;
    }

    @Test
    void badRootIsAOneLineErrorWithStatus2() {
        CliRun notANumber = CliRun.of("snapshot", "--root", "abc");
        assertThat(notANumber.exitCode()).isEqualTo(2);
        assertThat(notANumber.err()).isEqualTo("progeny: --root: 'abc' is not a process id" + System.lineSeparator());
        assertThat(notANumber.out()).isEmpty();

        CliRun missing = CliRun.of("snapshot", "--root", "0");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err().lines()).singleElement().asString().startsWith("progeny: --root: no process 0");
    }

    @Test
    void unknownOptionIsStatus2() {
        CliRun run = CliRun.of("snapshot", "--bogus");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("progeny: ");
    }

    @Test
    void benchSnapshotPrintsFigures() {
        CliRun run = CliRun.of("bench", "snapshot", "--rounds", "3", "--warmup", "1");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("processes=\\d+ rounds=3 median_us=\\d+ min_us=\\d+");
    }
}
