package dev.progeny.probes.linux;

import dev.progeny.probes.limits.Hold;
import dev.progeny.probes.limits.LimitKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The cgroups that hold one launch's limits, per controller, and why a controller has none.
 * Linux. Immutable (the files it writes are the kernel's); thread-safe.
 *
 * @param directories  per controller, the launch's cgroup that has it
 * @param unified      the controllers whose cgroup is the launch's v2 cgroup
 * @param kernelPaths  per directory, its path as {@code /proc/PID/cgroup} and the kernel log show it
 * @param whyNot       per controller without a cgroup, why
 */
record LimitCgroups(Map<String, Path> directories, Set<String> unified, Map<Path, String> kernelPaths,
                    Map<String, String> whyNot) {

    LimitCgroups {
        directories = Map.copyOf(directories);
        unified = Set.copyOf(unified);
        kernelPaths = Map.copyOf(kernelPaths);
        whyNot = Map.copyOf(whyNot);
    }

    Optional<Path> of(String controller) {
        return Optional.ofNullable(directories.get(controller));
    }

    /** The v1 cgroups made for the launch (its v2 cgroup belongs to its containment). */
    List<Path> v1Directories() {
        return directories.entrySet().stream().filter(e -> !unified.contains(e.getKey()))
                .map(Map.Entry::getValue).distinct().toList();
    }

    /**
     * Writes {@code kind}'s files (an empty value lifts the limit) and says where it is held now.
     * A refused write is not retried forever: once after the others (v1 memory+swap order).
     */
    Hold write(LimitKind kind, OptionalLong value) {
        String controller = CgroupLimitFiles.controller(kind).orElseThrow();
        Optional<Path> dir = of(controller);
        if (dir.isEmpty()) {
            return new Hold.NotHeld(whyNot.getOrDefault(controller, "no " + controller + " cgroup"));
        }
        boolean v2 = unified.contains(controller);
        List<CgroupLimitFiles.Knob> pending = new ArrayList<>(CgroupLimitFiles.knobs(kind, value, v2, files(dir.get())));
        Optional<String> failure = Optional.empty();
        for (int pass = 0; pass < 2 && !pending.isEmpty(); pass++) {
            List<CgroupLimitFiles.Knob> refused = new ArrayList<>();
            for (CgroupLimitFiles.Knob k : pending) {
                Optional<String> f = CgroupKnobs.write(dir.get().resolve(k.file()), k.value());
                if (f.isPresent()) {
                    refused.add(k);
                    failure = f;
                }
            }
            pending = refused;
        }
        if (!pending.isEmpty()) {
            return new Hold.NotHeld(failure.orElseThrow());
        }
        String file = CgroupLimitFiles.mainFile(kind, v2);
        return v2 ? new Hold.CgroupV2(dir.get(), file) : new Hold.CgroupV1(dir.get(), file);
    }

    private static Set<String> files(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            Set<String> out = new HashSet<>();
            list.forEach(p -> out.add(p.getFileName().toString()));
            return out;
        } catch (IOException e) {
            return Set.of();
        }
    }
}
