package dev.progeny.probes.launch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.ProcessKey;
import java.nio.file.Path;
import java.util.Optional;
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
