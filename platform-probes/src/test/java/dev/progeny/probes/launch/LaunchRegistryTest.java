package dev.progeny.probes.launch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.ProcessKey;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LaunchRegistryTest {
    private static final int SELF = 500;

    @Test
    void rootPidsAreThoseNotYetReapedByTheirLaunch() {
        LaunchRegistry registry = new LaunchRegistry(SELF);
        registry.add("a", new ProcessKey(600, 10), Optional.empty());
        registry.add("b", new ProcessKey(700, 20), Optional.empty());
        registry.rootReaped("a");
        assertThat(registry.rootPids()).containsExactly(700);
        registry.remove("b");
        assertThat(registry.rootPids()).isEmpty();
    }

    @Test
    void aReaperPassWaitsForASpawnToBeRegisteredAndThenLeavesItsRootAlone() throws Exception {
        LaunchRegistry registry = new LaunchRegistry(SELF);
        CountDownLatch spawned = new CountDownLatch(1);
        CountDownLatch mayRegister = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> launch = threads.submit(() -> registry.registering(() -> {
                spawned.countDown();
                mayRegister.await();
                registry.add("a", new ProcessKey(600, 10), Optional.empty());
                return null;
            }));
            spawned.await();
            Future<Set<Integer>> pass = threads.submit(() -> registry.reaping(roots -> roots));
            Thread.sleep(50);
            assertThat(pass).as("the pass waits while a root is spawned but not added").isNotDone();
            mayRegister.countDown();
            launch.get();
            assertThat(pass.get()).containsExactly(600);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void spawnsRegisterConcurrently() throws Exception {
        LaunchRegistry registry = new LaunchRegistry(SELF);
        CountDownLatch both = new CountDownLatch(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> spawns = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                spawns.add(threads.submit(() -> registry.registering(() -> {
                    both.countDown();
                    return both.await(10, TimeUnit.SECONDS);
                })));
            }
            for (Future<Boolean> spawn : spawns) {
                assertThat(spawn.get()).as("each spawn saw the other inside at the same time").isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aLaunchSeesTheContainersOfTheOthersOnly() {
        LaunchRegistry registry = new LaunchRegistry(SELF);
        Container a = new Container.Cgroup(Path.of("/sys/fs/cgroup/progeny-a"));
        Container b = new Container.Cgroup(Path.of("/sys/fs/cgroup/progeny-b"));
        registry.add("a", new ProcessKey(600, 10), Optional.of(a));
        registry.add("b", new ProcessKey(700, 20), Optional.of(b));
        registry.add("none", new ProcessKey(800, 30), Optional.empty());
        assertThat(registry.containersOtherThan("a")).containsExactly(b);
        assertThat(registry.containersOtherThan("none")).containsExactly(a, b);
        registry.remove("b");
        assertThat(registry.containersOtherThan("a")).isEmpty();
    }
}
