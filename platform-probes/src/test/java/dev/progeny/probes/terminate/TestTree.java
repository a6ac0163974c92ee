package dev.progeny.probes.terminate;

import static org.awaitility.Awaitility.await;

import dev.progeny.probes.Platform;
import dev.progeny.probes.launch.Containment;
import dev.progeny.probes.launch.Isolation;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchException;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.launch.Launcher;
import dev.progeny.probes.launch.OutputLog;
import dev.progeny.probes.testing.LaunchCleanup;
import dev.progeny.probes.testing.TaggedProcesses;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A tree of real processes for a test: {@code sh -c SCRIPT} launched by the platform's launcher,
 * every member tagged with a fresh test tag. Closing SIGKILLs whatever carries the tag (by pid),
 * waits for the launch, reaps this test's zombies and waits for the launch's cgroup to be removed.
 */
final class TestTree implements AutoCloseable {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** How the tree is contained: both are ended through the same API, by different paths. */
    enum Mode {
        /** Its own session, a cgroup of its own, the subreaper and the tag: KILL goes through cgroup.kill. */
        CONTAINED,
        /** A process group in Progeny's session, subreaper and tag, no cgroup: KILL goes pid by pid. */
        NO_CGROUP
    }

    final String tag;
    final Launch launch;
    private final long since;
    private int consumed;

    private TestTree(String tag, Launch launch, long since) {
        this.tag = tag;
        this.launch = launch;
        this.since = since;
    }

    static TestTree launch(String testName, Mode mode, String script, String... args) throws LaunchException {
        String tag = TaggedProcesses.newTestTag(testName);
        long since = LaunchCleanup.mark();
        List<String> argv = new ArrayList<>(List.of("sh", "-c", script, "sh"));
        argv.addAll(List.of(args));
        LaunchSpec spec = LaunchSpec.of(argv).withEnvironment(LaunchSpec.LAUNCH_TAG, tag);
        spec = mode == Mode.CONTAINED ? spec.withIsolation(Isolation.SESSION)
                : spec.withContainment(EnumSet.of(Containment.SUBREAPER, Containment.ENVIRONMENT_TAG));
        return new TestTree(tag, launcher().launch(spec), since);
    }

    static Set<Integer> launchRoots() {
        return launcher().rootPids();
    }

    private static Launcher launcher() {
        return Platform.current().launcher();
    }

    int pid() {
        return launch.pid();
    }

    /** The next line the tree printed on stdout, waiting at most 30 s. */
    String nextLine() {
        List<String> lines = await().atMost(PATIENCE).until(this::completeLines, l -> l.size() > consumed);
        return lines.get(consumed++);
    }

    int nextPid() {
        return Integer.parseInt(nextLine().trim());
    }

    private List<String> completeLines() {
        String text = launch.output().text(OutputLog.Stream.STDOUT);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        lines.removeLast();
        return lines;
    }

    List<Integer> alive() {
        return TaggedProcesses.alive(tag);
    }

    /**
     * Waits until at least {@code n} tagged processes are alive. Call it on a tree the test has
     * already kept for its clean-up: a tree that times out here must still be ended.
     */
    void awaitAlive(int n) {
        await().atMost(PATIENCE).until(() -> alive().size() >= n);
    }

    @Override
    public void close() throws InterruptedException {
        LaunchCleanup.endAll(tag, launchRoots(), since);
        launch.waitFor(PATIENCE);
        launch.close();
        LaunchCleanup.reapZombies(launchRoots(), since);
        launch.family().cgroup().ifPresent(dir -> await().atMost(PATIENCE).until(() -> !Files.exists(dir)));
    }
}
