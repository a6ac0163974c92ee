package dev.progeny.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.progeny.probes.Platform;
import dev.progeny.probes.testing.LaunchCleanup;
import dev.progeny.probes.testing.TaggedProcesses;
import dev.progeny.probes.testing.TestTrees;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code progeny run} in process, with real trees: exit codes like timeout(1), and nothing of
 * the tree alive once it returns. Launch ids of this JVM start with its pid, so the tag prefix
 * "PID-" finds everything any run here started.
 */
class RunCommandTest {
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

    private static String[] tree(String script, String... args) {
        List<String> argv = new ArrayList<>(List.of("--"));
        argv.addAll(TestTrees.command(script, args));
        return argv.toArray(String[]::new);
    }

    @Test
    void exitsWithTheCommandsCode() {
        assertThat(run("--", "sh", "-c", "exit 3")).isEqualTo(3);
        assertThat(run("--", "true")).isZero();
        assertThat(stderr).isEmpty();
    }

    @Test
    void exits128PlusTheSignalThatKilledTheCommand() {
        assertThat(run("--", "sh", "-c", "kill -KILL $$")).isEqualTo(137);
        assertThat(run("--", "sh", "-c", "kill -TERM $$")).isEqualTo(143);
    }

    @Test
    void exits127WhenNotFoundAnd126WhenNotExecutable(@TempDir Path dir) throws IOException {
        assertThat(run("--", "progeny-no-such-command-42")).isEqualTo(127);
        assertThat(stderr).startsWith("progeny: progeny-no-such-command-42: command not found");
        Path plain = Files.writeString(dir.resolve("plain"), "echo hi\n");
        assertThat(run("--", plain.toString())).isEqualTo(126);
        assertThat(stderr).contains("Permission denied");
    }

    @Test
    void exits125ForItsOwnErrors() {
        assertThat(run("--timeout", "soon", "--", "true")).isEqualTo(125);
        assertThat(stderr).startsWith("progeny: ").contains("not a duration");
        assertThat(run()).isEqualTo(125);
    }

    @Test
    void exits124OnTimeoutAndEndsTheTree() {
        long start = System.nanoTime();
        assertThat(run(concat(new String[] {"--timeout", "500ms", "--grace", "2s"}, tree("fork-tree.sh")))).isEqualTo(124);
        assertThat(stderr).contains("timed out after 500ms; ending launch ");
        List<Integer> listed = listedPids();
        assertThat(listed).as("the command, its two children and a grandchild").hasSize(4);
        assertThat(stderr).contains("fork-tree.sh").contains(" sleep 300 ");
        Matcher ended = Pattern.compile("progeny: ended: (.+)\\n").matcher(stderr);
        assertThat(ended.find()).isTrue();
        assertThat(ended.group(1).split(", ")).containsExactlyInAnyOrderElementsOf(
                listed.stream().map(pid -> pid + " by SIGTERM").toList());
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(20_000);
    }

    /** Like timeout(1), the timeout ends the command; --keep leaves the rest running and lists it. */
    @Test
    void keepOnTimeoutEndsOnlyTheCommand() {
        assertThat(run(concat(new String[] {"--keep", "--timeout", "500ms", "--grace", "2s"}, tree("fork-tree.sh"))))
                .isEqualTo(124);
        assertThat(stderr).contains("timed out after 500ms; ending the command only (--keep)");
        Matcher ended = Pattern.compile("progeny: ended: (\\d+) by SIGTERM\n").matcher(stderr);
        assertThat(ended.find()).isTrue();
        int command = Integer.parseInt(ended.group(1));
        assertThat(stderr).contains("3 processes outlived the command (killed by signal 15), left running (--keep):");
        List<Integer> kept = listedPids();
        assertThat(kept).hasSize(3).doesNotContain(command);
        assertThat(TaggedProcesses.alive(tag)).containsExactlyInAnyOrderElementsOf(kept);
        endKept();
    }

    @Test
    void endsADoubleForkedDaemonTheCommandLeftBehind() {
        assertThat(run(tree("daemon.sh"))).isZero();
        assertThat(stderr).contains("outlived the command").contains("escaped").contains("by SIGTERM");
    }

    @Test
    void killsWhatIgnoresTermAfterTheGrace() {
        String script = TestTrees.script("ignore-term.sh").toString();
        assertThat(run("--grace", "300ms", "--", "sh", "-c", "sh " + script + " & sleep 0.5")).isZero();
        assertThat(stderr).contains("by SIGKILL");
    }

    @Test
    void endsAStoppedOrphan() {
        assertThat(run("--grace", "2s", "--", "/bin/sh", TestTrees.script("stop-self.sh").toString())).isZero();
        assertThat(stderr).contains("outlived the command");
    }

    @Test
    void endsACommandThatStoppedItselfOnTimeout() {
        assertThat(run(concat(new String[] {"--timeout", "1s", "--grace", "300ms"}, tree("stop-self.sh", "stop"))))
                .isEqualTo(124);
    }

    @Test
    void sessionIsolationWorksToo() {
        assertThat(run(concat(new String[] {"--session"}, tree("daemon.sh")))).isZero();
        assertThat(stderr).contains("outlived the command");
    }

    @Test
    void keepLeavesSurvivorsRunningAndSaysSo() {
        assertThat(run(concat(new String[] {"--keep"}, tree("daemon.sh")))).isZero();
        assertThat(stderr).contains("left running (--keep)");
        // The report can read the daemon between fork and exec (still "sh"), and its exiting parent too.
        Matcher m = Pattern.compile("progeny:\\s+(\\d+) (sleep|sh)").matcher(stderr);
        List<Integer> listed = new ArrayList<>();
        while (m.find()) {
            listed.add(Integer.parseInt(m.group(1)));
        }
        List<Integer> daemon = await().atMost(Duration.ofSeconds(30)).until(() -> TaggedProcesses.alive(tag), a -> a.size() == 1);
        assertThat(listed).as(stderr).containsAll(daemon);
        endKept();
    }

    /** Ends what --keep left running, and checks its cgroup (if it had one) goes with it. */
    private void endKept() {
        Matcher cgroup = Pattern.compile("stay in cgroup (\\S+) ").matcher(stderr);
        boolean contained = cgroup.find();
        LaunchCleanup.endAll(tag, Platform.current().launcher().rootPids(), since);
        if (contained) {
            // Closed while populated: the cgroup goes as soon as the kept processes are gone.
            await().atMost(Duration.ofSeconds(30)).until(() -> !Files.exists(Path.of(cgroup.group(1))));
        }
    }

    /** The pids of the processes listed one per line ("progeny:   PID COMMAND LINE  [found by …]"). */
    private List<Integer> listedPids() {
        Matcher m = Pattern.compile("(?m)^progeny:   (\\d+) ").matcher(stderr);
        List<Integer> pids = new ArrayList<>();
        while (m.find()) {
            pids.add(Integer.parseInt(m.group(1)));
        }
        return pids;
    }

    private static String[] concat(String[] a, String[] b) {
        List<String> out = new ArrayList<>(List.of(a));
        out.addAll(List.of(b));
        return out.toArray(String[]::new);
    }
}
