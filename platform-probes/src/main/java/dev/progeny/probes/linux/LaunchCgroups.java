package dev.progeny.probes.linux;

import dev.progeny.probes.launch.Containment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Creates one leaf cgroup per launch under Progeny's own cgroup, which is looked up once.
 * Linux. Thread-safe.
 */
final class LaunchCgroups {
    private CgroupV2.Result home;

    /** The new cgroup, or empty with the reason recorded in {@code unavailable}. */
    synchronized Optional<Path> create(String name, Map<Containment, String> unavailable) {
        if (home == null) {
            home = CgroupV2.find();
        }
        if (home.cgroup().isEmpty()) {
            unavailable.put(Containment.CGROUP, home.detail());
            return Optional.empty();
        }
        try {
            return Optional.of(home.cgroup().get().createChild(name.replaceAll("[^A-Za-z0-9._-]", "_")));
        } catch (IOException e) {
            unavailable.put(Containment.CGROUP, "cannot create a cgroup in " + home.detail() + ": " + e);
            return Optional.empty();
        }
    }
}
