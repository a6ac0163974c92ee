package dev.progeny.probes.launch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LaunchRegistryTest {
    private static final int SELF = 500;

    private static ProcessInfo process(int pid, int ppid, long start) {
        return ProcessInfo.builder(pid).ppid(ppid).startTime(start).name("sleep").build();
    }

    @Test
    void rootPidsAreThoseNotYetReapedByTheirLaunch() {
        LaunchRegistry registry = new LaunchRegistry(SELF);
        registry.add("a", new ProcessKey(600, 10), true);
        registry.add("b", new ProcessKey(700, 20), true);
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
                registry.add("a", new ProcessKey(600, 10), true);
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
    void anAdoptedOrphanGoesToTheNewestAdoptingLaunchStartedBeforeIt() {
        LaunchRegistry registry = new LaunchRegistry(SELF);
        registry.add("old", new ProcessKey(600, 10), true);
        registry.add("new", new ProcessKey(700, 20), true);
        registry.add("no-subreaper", new ProcessKey(800, 30), false);
        assertThat(registry.adopter(process(900, SELF, 15))).contains("old");
        assertThat(registry.adopter(process(901, SELF, 35))).contains("new");
        assertThat(registry.adopter(process(902, SELF, 5))).isEmpty();
    }

    @Test
    void rootsAndOthersChildrenAreNotAdopted() {
        LaunchRegistry registry = new LaunchRegistry(SELF);
        registry.add("a", new ProcessKey(600, 10), true);
        assertThat(registry.adopter(process(600, SELF, 10))).isEmpty();
        assertThat(registry.adopter(process(901, 1, 15))).isEmpty();
    }
}
