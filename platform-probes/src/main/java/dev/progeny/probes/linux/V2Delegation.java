package dev.progeny.probes.linux;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * Makes the controllers that limits need available to launch cgroups under Progeny's own,
 * writable cgroup v2 (as root, or in a subtree delegated to the user the way systemd delegates
 * {@code user@UID.service}): a controller must be listed in the home's {@code cgroup.controllers}
 * and enabled in its {@code cgroup.subtree_control}. v2's "no internal processes" rule forbids
 * enabling while the home itself holds processes (except in the root cgroup), so Progeny first
 * moves itself into a leaf, {@code <home>/progeny}, and launches' cgroups are made beside it.
 * Processes of others in the home are never moved; then the controllers stay off and that is the
 * reason given. Linux. Stateless and thread-safe.
 */
final class V2Delegation {
    /** The leaf Progeny moves itself into. Not "progeny-…": launch cgroups and leftovers are. */
    static final String LEAF = "progeny";
    /** The home Progeny moved itself out of, once it has. */
    private static final AtomicReference<Path> MOVED_OUT_OF = new AtomicReference<>();

    private V2Delegation() {
    }

    /**
     * What is enabled for launch cgroups, and for each wanted controller that is not, why.
     *
     * @param enabled the wanted controllers now enabled in the home's {@code cgroup.subtree_control}
     */
    record Outcome(Set<String> enabled, Map<String, String> why) {
        Outcome {
            enabled = Set.copyOf(enabled);
            why = Map.copyOf(why);
        }
    }

    /**
     * Enables {@code wanted} below {@code home} as far as the delegation allows.
     *
     * @param hierarchyRoot whether {@code home} is the hierarchy's root (exempt from the rule)
     * @param self          Progeny's pid
     */
    static Outcome enable(Path home, boolean hierarchyRoot, Set<String> wanted, int self, CgroupFs fs) {
        Set<String> available = CgroupKnobs.words(home.resolve("cgroup.controllers"));
        Map<String, String> why = new LinkedHashMap<>();
        Set<String> missing = new HashSet<>();
        for (String c : wanted) {
            if (!available.contains(c)) {
                why.put(c, "cgroup v2 " + home + " has no " + c + " controller (cgroup.controllers: "
                        + (available.isEmpty() ? "none" : String.join(" ", available)) + ")");
            } else if (!CgroupKnobs.words(home.resolve("cgroup.subtree_control")).contains(c)) {
                missing.add(c);
            }
        }
        if (!missing.isEmpty()) {
            String blocked = hierarchyRoot ? "" : leaveHome(home, self, fs);
            String request = missing.stream().sorted().map(c -> "+" + c).collect(Collectors.joining(" "));
            if (CgroupKnobs.write(home.resolve("cgroup.subtree_control"), request).isPresent()) {
                // One at a time, so that one refusal does not cost the others.
                missing.forEach(c -> CgroupKnobs.write(home.resolve("cgroup.subtree_control"), "+" + c)
                        .ifPresent(failure -> why.put(c, blocked.isEmpty() ? failure : blocked)));
            }
        }
        Set<String> enabled = new HashSet<>(CgroupKnobs.words(home.resolve("cgroup.subtree_control")));
        enabled.retainAll(wanted);
        return new Outcome(enabled, why);
    }

    /** The home Progeny moved itself out of into {@link #LEAF}, if it did. */
    static Optional<Path> movedOutOf() {
        return Optional.ofNullable(MOVED_OUT_OF.get());
    }

    /**
     * Moves Progeny out of {@code home} into {@link #LEAF}; returns why controllers still cannot
     * be enabled (other processes remain in the home), or "".
     */
    private static String leaveHome(Path home, int self, CgroupFs fs) {
        List<Integer> procs = CgroupV2.pids(home);
        if (procs.contains(self)) {
            Path leaf = home.resolve(LEAF);
            try {
                if (!Files.isDirectory(leaf)) {
                    fs.mkdir(leaf);
                }
            } catch (IOException e) {
                return "cannot make a leaf for Progeny in " + home + ": " + CgroupKnobs.reason(e);
            }
            var failure = CgroupKnobs.write(leaf.resolve("cgroup.procs"), Integer.toString(self));
            if (failure.isPresent()) {
                return failure.get();
            }
            MOVED_OUT_OF.set(home);
        }
        List<Integer> others = procs.stream().filter(pid -> pid != self).toList();
        return others.isEmpty() ? "" : "other processes share " + home + " (" + others.stream().limit(5)
                .map(String::valueOf).collect(Collectors.joining(", ")) + (others.size() > 5 ? ", …" : "")
                + "), and cgroup v2 enables no controller below a cgroup that holds processes";
    }
}
