package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.Platform;
import dev.progeny.probes.launch.Containment;
import dev.progeny.probes.launch.ExitStatus;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.testing.TestLaunches;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * An orphan reaper running in a loop never takes a launch root's exit status, however fast the
 * root exits: a root that has been spawned but not yet registered must never be reapable.
 * Launches come from two threads at once, since spawns may run concurrently.
 */
class LaunchReapRaceTest {
    private static final int LAUNCHES = 200;
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** No cgroup: the race does not depend on it, and 200 cgroups would only slow the test. */
    private static final LaunchSpec EXIT_7 = LaunchSpec.of("sh", "-c", "exit 7")
            .withContainment(EnumSet.of(Containment.SUBREAPER, Containment.ENVIRONMENT_TAG));

    @Test
    void everyLaunchReportsItsOwnExitWhileOrphansAreReapedInALoop() throws Exception {
        Platform platform = Platform.current();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger rounds = new AtomicInteger();
        List<ExitStatus> statuses = new ArrayList<>();
        try (TestLaunches launches = new TestLaunches(platform.launcher(), "reap-race")) {
            ExecutorService threads = Executors.newFixedThreadPool(3);
            try {
                Future<?> reaper = threads.submit(() -> {
                    while (running.get()) {
                        platform.orphanReaper().reapOrphans(platform.launcher().rootPids());
                        rounds.incrementAndGet();
                    }
                    return null;
                });
                List<Future<List<ExitStatus>>> launchers = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    launchers.add(threads.submit(() -> {
                        List<ExitStatus> mine = new ArrayList<>();
                        for (int i = 0; i < LAUNCHES / 2 && running.get(); i++) {
                            Launch launch = launches.launch(EXIT_7);
                            mine.add(launch.waitFor(PATIENCE).orElseThrow());
                        }
                        return mine;
                    }));
                }
                for (Future<List<ExitStatus>> f : launchers) {
                    statuses.addAll(f.get());
                }
                running.set(false);
                reaper.get();
            } finally {
                running.set(false);
                threads.shutdown();
                assertThat(threads.awaitTermination(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
            }
        }
        assertThat(statuses).hasSize(LAUNCHES).containsOnly(new ExitStatus.Exited(7));
        assertThat(rounds.get()).as("the reaper ran alongside").isPositive();
    }
}
