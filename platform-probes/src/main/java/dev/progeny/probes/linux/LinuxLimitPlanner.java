package dev.progeny.probes.linux;

import dev.progeny.probes.limits.AppliedLimits;
import dev.progeny.probes.limits.Hold;
import dev.progeny.probes.limits.LimitKind;
import dev.progeny.probes.limits.Limits;
import dev.progeny.probes.posix.ExecWrapper.PreExec;
import dev.progeny.probes.posix.Lazy;
import dev.progeny.probes.posix.PosixLibc;
import dev.progeny.probes.posix.RlimitPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Gives a Linux launch its limits before it runs: makes its v1 limit cgroups (where a controller
 * is on v1) inside Progeny's own, writes the limits to them and to its v2 cgroup, and plans the
 * pre-exec steps that put the launched process into its v1 cgroups (its v2 one is entered as its
 * containment) and apply the setrlimit fallbacks or a systemd scope before exec. Linux. Thread-safe.
 */
final class LinuxLimitPlanner {
    private final Supplier<LimitHomes> homes;
    private final Supplier<List<CgroupMounts.Hierarchy>> hierarchies;
    private final CgroupFs fs;
    private final Supplier<Optional<String>> noSystemdScope;

    /** @param noSystemdScope why no systemd user manager can give a launch a scope, or empty when one can */
    LinuxLimitPlanner(Supplier<LimitHomes> homes, Supplier<List<CgroupMounts.Hierarchy>> hierarchies, CgroupFs fs,
                      Supplier<Optional<String>> noSystemdScope) {
        this.homes = homes;
        this.hierarchies = hierarchies;
        this.fs = fs;
        this.noSystemdScope = noSystemdScope;
    }

    /**
     * The planner for this process, over {@code /proc/self}: the homes are found once, at the
     * first launch that needs them, after the v2 home is (and then controllers are enabled there).
     */
    static LinuxLimitPlanner forThisProcess(Supplier<CgroupV2.Result> v2Home) {
        Supplier<List<CgroupMounts.Hierarchy>> hierarchies = new Lazy<>(() -> {
            try {
                return CgroupMounts.read(Files.readString(Path.of("/proc/self/mountinfo")),
                        Files.readString(Path.of("/proc/self/cgroup")));
            } catch (IOException e) {
                return List.of();
            }
        });
        Supplier<LimitHomes> homes = new Lazy<>(() -> {
            CgroupV2.Result home = v2Home.get();
            boolean root = hierarchies.get().stream().filter(CgroupMounts.Hierarchy::unified)
                    .anyMatch(h -> h.ownPath().equals(h.mount().root()));
            Optional<V2Delegation.Outcome> enabled = home.cgroup().map(c -> V2Delegation.enable(c.home(), root,
                    LimitHomes.CONTROLLERS, PosixLibc.INSTANCE.getpid(), CgroupFs.KERNEL));
            return LimitHomes.find(hierarchies.get(), home, enabled);
        });
        return new LinuxLimitPlanner(homes, hierarchies, CgroupFs.KERNEL, new Lazy<>(SystemdScope::whyNot));
    }

    /**
     * Plans {@code limits} for the launch named {@code name}. A launch without limits gets no
     * cgroup beyond its v2 one; limits can be added later only where that one has the controller.
     * What was made is removed again if planning fails.
     *
     * @param v2Cgroup the launch's own v2 cgroup, if it has one (its containment)
     */
    LinuxLimitPlan plan(String name, Limits limits, Optional<Path> v2Cgroup) {
        Map<Path, Path> v1Made = new LinkedHashMap<>();
        try {
            return plan(name, limits, v2Cgroup, v1Made);
        } catch (RuntimeException e) {
            v1Made.values().forEach(CgroupJanitor::removeNow);
            throw e;
        }
    }

    private LinuxLimitPlan plan(String name, Limits limits, Optional<Path> v2Cgroup, Map<Path, Path> v1Made) {
        Map<String, Path> dirs = new HashMap<>();
        Set<String> unified = new HashSet<>();
        Map<Path, String> kernelPaths = new HashMap<>();
        Map<String, String> whyNot = new HashMap<>();
        LimitHomes found = limits.isEmpty() && v2Cgroup.isEmpty() ? null : homes.get();
        for (String c : LimitHomes.CONTROLLERS) {
            LimitHomes.Home home = found == null ? new LimitHomes.Nowhere("no limits asked") : found.of(c);
            switch (home) {
                case LimitHomes.V2 v2 when v2Cgroup.isPresent() -> {
                    dirs.put(c, v2Cgroup.get());
                    unified.add(c);
                    CgroupMounts.kernelPath(hierarchies.get(), v2Cgroup.get(), true, c).ifPresent(p -> kernelPaths.put(v2Cgroup.get(), p));
                }
                case LimitHomes.V2 v2 -> whyNot.put(c, "the launch has no cgroup v2 of its own");
                case LimitHomes.V1 v1 when limits.isEmpty() -> whyNot.put(c, "no limits were asked at launch");
                case LimitHomes.V1 v1 -> {
                    Optional<Path> dir = v1Cgroup(v1.home(), name, v1Made, whyNot, c);
                    dir.ifPresent(d -> {
                        dirs.put(c, d);
                        CgroupMounts.kernelPath(hierarchies.get(), d, false, c).ifPresent(p -> kernelPaths.put(d, p));
                    });
                }
                case LimitHomes.Nowhere nowhere -> whyNot.put(c, nowhere.reason());
            }
        }
        LimitCgroups cgroups = new LimitCgroups(dirs, unified, kernelPaths, whyNot);
        Map<LimitKind, Hold> holds = new EnumMap<>(LimitKind.class);
        Map<LimitKind, String> fallback = new EnumMap<>(LimitKind.class);
        for (Map.Entry<LimitKind, Long> e : limits.values().entrySet()) {
            Optional<String> controller = CgroupLimitFiles.controller(e.getKey());
            Hold hold = controller.isEmpty() ? new Hold.NotHeld("no cgroup has CPU time")
                    : cgroups.write(e.getKey(), OptionalLong.of(e.getValue()));
            if (hold instanceof Hold.NotHeld(String why)) {
                fallback.put(e.getKey(), "no cgroup: " + why);
            } else {
                holds.put(e.getKey(), hold);
            }
        }
        List<String> scope = v2Cgroup.isPresent() ? List.of()
                : SystemdScope.plan(name, limits, holds, fallback, noSystemdScope);
        RlimitPlan.Result rlimits = RlimitPlan.plan(limits, fallback, "address space, not resident memory");
        holds.putAll(rlimits.holds());
        // The child enters its v1 cgroups before anything else of the limits, so nothing runs outside them.
        List<PreExec> steps = new ArrayList<>();
        v1Made.values().forEach(dir -> steps.add(LinuxLaunching.enter(dir)));
        steps.addAll(rlimits.steps());
        if (!scope.isEmpty()) {
            steps.add(PreExec.via(scope));
        }
        return new LinuxLimitPlan(cgroups, new AppliedLimits(limits, holds), steps);
    }

    /** The launch's cgroup in the v1 hierarchy whose Progeny cgroup is {@code home}, made once per hierarchy. */
    private Optional<Path> v1Cgroup(Path home, String name, Map<Path, Path> v1Made, Map<String, String> whyNot,
                                    String controller) {
        Path existing = v1Made.get(home);
        if (existing != null) {
            return Optional.of(existing);
        }
        try {
            Path dir = fs.mkdir(home.resolve(LaunchCgroups.safeName(name)));
            CgroupJanitor.created(dir);
            v1Made.put(home, dir);
            return Optional.of(dir);
        } catch (IOException e) {
            whyNot.put(controller, "cannot make a cgroup in " + home + ": " + CgroupKnobs.reason(e));
            return Optional.empty();
        }
    }
}
