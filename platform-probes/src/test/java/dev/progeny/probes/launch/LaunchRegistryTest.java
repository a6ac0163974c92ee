package dev.progeny.probes.launch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
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
