package dev.progeny.probes.linux;

import dev.progeny.probes.launch.Containment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Creates one leaf cgroup per launch under Progeny's own cgroup, which is looked up once
 * (at the first launch that asks for a cgroup).
 * Linux. Thread-safe.
 */
final class LaunchCgroups {
    private final Supplier<CgroupV2.Result> finder;
    private CgroupV2.Result home;

    /** {@code finder} is {@link CgroupV2#find()}, or in tests a search in a made-up mount table. */
    LaunchCgroups(Supplier<CgroupV2.Result> finder) {
        this.finder = finder;
    }

    /** Progeny's own cgroup v2 where launch cgroups are made, or why there is none (looked up once). */
    synchronized CgroupV2.Result home() {
        if (home == null) {
            home = finder.get();
        }
        return home;
    }

    /** The new cgroup, or empty with the reason recorded in {@code unavailable}. */
    synchronized Optional<Path> create(String name, Map<Containment, String> unavailable) {
        home();
        if (home.cgroup().isEmpty()) {
            unavailable.put(Containment.CGROUP, home.detail());
            return Optional.empty();
        }
        try {
            return Optional.of(home.cgroup().get().createChild(safeName(name)));
        } catch (IOException e) {
            unavailable.put(Containment.CGROUP, "cannot create a cgroup in " + home.detail() + ": " + e);
            return Optional.empty();
        }
    }

    /** {@code name} as a cgroup's directory name: a launch tag may hold any character. */
    static String safeName(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
