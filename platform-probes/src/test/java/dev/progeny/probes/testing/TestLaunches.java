package dev.progeny.probes.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.progeny.probes.Platform;
import dev.progeny.probes.Signal;
import dev.progeny.probes.launch.Containment;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchException;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.launch.Launcher;
import dev.progeny.probes.launch.OutputLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The launches of one test, each tagged with the test's own tag. Closing ends every tagged
 * process, waits for and closes each launch, reaps this test's zombies and checks that nothing
 * tagged is left and that every launch's cgroup has been removed. Linux (see {@link LaunchCleanup}).
 */
public final class TestLaunches implements AutoCloseable {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final Launcher launcher;
    private final String tag;
    private final long since = LaunchCleanup.mark();
    private final List<Launch> launches = new CopyOnWriteArrayList<>();

    public TestLaunches(Launcher launcher, String testName) {
        this.launcher = launcher;
        this.tag = TaggedProcesses.newTestTag(testName);
    }

    public String tag() {
        return tag;
    }

    /**
     * Skips the rest of a test that needs {@code launch} to have a cgroup where it got none,
     * saying why: as a user without a delegated cgroup no cgroup2 directory is writable.
     */
    public static void assumeCgroup(Launch launch) {
        assumeTrue(launch.containment().contains(Containment.CGROUP),
                () -> "no cgroup here: " + launch.unavailable().get(Containment.CGROUP));
    }

    /** Launches {@code spec} with this test's tag; several threads may launch at once. */
    public Launch launch(LaunchSpec spec) throws LaunchException {
        return launch(spec, OutputLog.Listener.NONE);
    }

    /** Launches {@code spec} with this test's tag, {@code output} told of its output from the first byte. */
    public Launch launch(LaunchSpec spec, OutputLog.Listener output) throws LaunchException {
        Launch launch = launcher.launch(spec.withEnvironment(LaunchSpec.LAUNCH_TAG, tag), output);
        launches.add(launch);
        return launch;
    }

    @Override
    public void close() throws InterruptedException {
        // A root is our unreaped child, so its key cannot name anyone else; its tag may read as
        // nothing while it execs (the wrapper becoming the command), which endAll cannot see.
        for (Launch launch : launches) {
            if (launch.exitStatus().isEmpty()) {
                Platform.current().terminator().signal(launch.root(), Signal.KILL);
            }
        }
        LaunchCleanup.endAll(tag, launcher.rootPids(), since);
        for (Launch launch : launches) {
            assertThat(launch.waitFor(PATIENCE)).as(() -> stillWaiting(launch)).isPresent();
            launch.close();
        }
        LaunchCleanup.reapZombies(launcher.rootPids(), since);
        assertThat(TaggedProcesses.alive(tag)).isEmpty();
        for (Launch launch : launches) {
            launch.family().cgroup().ifPresent(dir -> await().atMost(PATIENCE).until(() -> !Files.exists(dir)));
        }
    }

    /** What a root not reaped in time was doing, and its waiter thread, for the failure message. */
    private String stillWaiting(Launch launch) {
        Path proc = Path.of("/proc", Integer.toString(launch.pid()));
        StringBuilder out = new StringBuilder("launch ").append(launch.id()).append(", root ").append(launch.root())
                .append(", not reaped after ").append(PATIENCE).append(": ");
        try {
            out.append("stat ").append(Files.readString(proc.resolve("stat")).strip())
                    .append("; wchan ").append(Files.readString(proc.resolve("wchan")));
        } catch (IOException e) {
            out.append("its /proc entry is gone (").append(e).append(')');
        }
        out.append("; tagged and alive: ").append(TaggedProcesses.alive(tag));
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            if (thread.getName().endsWith("-" + launch.pid())) {
                out.append("; thread ").append(thread.getName()).append(' ').append(thread.getState())
                        .append(" at ").append(Arrays.toString(stack));
            }
        });
        return out.toString();
    }
}
