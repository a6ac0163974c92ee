package dev.progeny.probes.linux;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the controllers for limits live on this system, and so where each launch's limits go:
 * cgroup v2 where the controller is enabled below Progeny's writable v2 cgroup (then the launch's
 * own v2 cgroup holds the limit); otherwise the controller's v1 hierarchy, with each launch's
 * cgroup made <em>inside</em> Progeny's own cgroup of that hierarchy (read from
 * {@code /proc/self/cgroup}), never beside it, so accounting above Progeny still sees its
 * launches; otherwise nowhere, with the reason. Linux. Immutable and thread-safe.
 */
final class LimitHomes {
    /** The controllers limits use. */
    static final Set<String> CONTROLLERS = Set.of("memory", "pids", "cpu");

    /** Where one controller's launch cgroups go. */
    sealed interface Home {
    }

    /** In each launch's own v2 cgroup (a child of {@code home}). */
    record V2(Path home) implements Home {
    }

    /** In a cgroup per launch made in {@code home}, Progeny's own cgroup of a v1 hierarchy. */
    record V1(Path home) implements Home {
    }

    /** Nowhere: why. */
    record Nowhere(String reason) implements Home {
    }

    private final Map<String, Home> homes;

    private LimitHomes(Map<String, Home> homes) {
        this.homes = Map.copyOf(homes);
    }

    Home of(String controller) {
        return homes.getOrDefault(controller, new Nowhere("no " + controller + " controller"));
    }

    /**
     * Finds the homes.
     *
     * @param v2Home     Progeny's writable v2 cgroup (where launch cgroups are made), or why there is none
     * @param delegation what {@link V2Delegation#enable} made available below it
     */
    static LimitHomes find(List<CgroupMounts.Hierarchy> hierarchies, CgroupV2.Result v2Home,
                           Optional<V2Delegation.Outcome> delegation) {
        Map<String, Home> homes = new HashMap<>();
        for (String c : CONTROLLERS) {
            if (v2Home.cgroup().isPresent() && delegation.isPresent() && delegation.get().enabled().contains(c)) {
                homes.put(c, new V2(v2Home.cgroup().get().home()));
                continue;
            }
            String v2Why = v2Home.cgroup().isEmpty() ? "no cgroup v2 of Progeny's own (" + v2Home.detail() + ")"
                    : delegation.map(d -> d.why().get(c)).orElse("cgroup v2 " + c + " not enabled");
            homes.put(c, v1(hierarchies, c).map(Home.class::cast)
                    .orElseGet(() -> new Nowhere(v2Why + "; " + v1Why(hierarchies, c))));
        }
        return new LimitHomes(homes);
    }

    private static Optional<V1> v1(List<CgroupMounts.Hierarchy> hierarchies, String controller) {
        return CgroupMounts.of(hierarchies, controller).flatMap(CgroupMounts.Hierarchy::ownDirectory)
                .filter(LimitHomes::writable).map(V1::new);
    }

    private static String v1Why(List<CgroupMounts.Hierarchy> hierarchies, String controller) {
        Optional<CgroupMounts.Hierarchy> h = CgroupMounts.of(hierarchies, controller);
        if (h.isEmpty()) {
            return "no cgroup v1 " + controller + " hierarchy is mounted";
        }
        return h.get().ownDirectory().map(dir -> "cgroup v1 " + dir + " is not writable")
                .orElse("own cgroup v1 " + h.get().ownPath() + " is outside the visible " + controller + " mount");
    }

    private static boolean writable(Path dir) {
        Path procs = dir.resolve("cgroup.procs");
        return Files.exists(procs) && Files.isWritable(dir) && Files.isWritable(procs);
    }
}
