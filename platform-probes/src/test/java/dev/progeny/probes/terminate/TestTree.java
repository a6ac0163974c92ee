package dev.progeny.probes.terminate;

import static org.awaitility.Awaitility.await;

import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.testing.TaggedProcesses;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A tree of real processes for a test: {@code setsid sh -c SCRIPT} (its own session and group),
 * every member tagged with a fresh {@code PROGENY_LAUNCH} value. Lines the script prints are
 * collected; closing SIGKILLs whatever carries the tag, by pid.
 */
final class TestTree implements AutoCloseable {
    final String tag;
    final Process root;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    /** Completes when the tree's stdout reaches end-of-file: nobody holds the pipe any more. */
    final CompletableFuture<Void> outputClosed = new CompletableFuture<>();

    private TestTree(String tag, Process root) {
        this.tag = tag;
        this.root = root;
    }

    static TestTree start(String testName, String script, String... args) throws IOException {
        String tag = TaggedProcesses.newTestTag(testName);
        List<String> command = new ArrayList<>(List.of("setsid", "sh", "-c", script, "sh"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put(LaunchSpec.LAUNCH_TAG, tag);
        TestTree tree = new TestTree(tag, pb.start());
        Thread.ofVirtual().start(tree::collect);
        return tree;
    }

    int pid() {
        return (int) root.pid();
    }

    /** The next line the tree printed, waiting at most 20 s. */
    String nextLine() throws InterruptedException {
        String line = lines.poll(20, TimeUnit.SECONDS);
        if (line == null) {
            throw new AssertionError("the tree printed nothing within 20 s");
        }
        return line;
    }

    int nextPid() throws InterruptedException {
        return Integer.parseInt(nextLine().trim());
    }

    List<Integer> alive() {
        return TaggedProcesses.alive(tag);
    }

    /** Waits until at least {@code n} tagged processes are alive. */
    TestTree awaitAlive(int n) {
        await().atMost(Duration.ofSeconds(30)).until(() -> alive().size() >= n);
        return this;
    }

    /** Waits until no tagged process is alive (zombies do not count). */
    void awaitNoneAlive() {
        await().atMost(Duration.ofSeconds(10)).until(() -> alive().isEmpty());
    }

    private void collect() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(root.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException e) {
            // The stream closed under us when the tree was killed: nothing more to collect.
        }
        outputClosed.complete(null);
    }

    @Override
    public void close() {
        TaggedProcesses.killAll(tag);
        root.destroyForcibly();
    }
}
