package dev.progeny.probes.linux;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every cgroup hierarchy a process is in, where it is mounted and which cgroup of it the process
 * is in: a pure reading of {@code /proc/self/mountinfo} and {@code /proc/self/cgroup} (proc(5),
 * cgroups(7)). A v1 line of {@code /proc/PID/cgroup} is "id:controller,list:path"; its mount is
 * the {@code cgroup} mount whose super options name the same controllers. Linux. Stateless and
 * thread-safe.
 */
final class CgroupMounts {
    private CgroupMounts() {
    }

    /**
     * One hierarchy.
     *
     * @param unified     cgroup v2 (its controllers are read from {@code cgroup.controllers}, not here)
     * @param controllers the v1 controllers bound to it (e.g. {@code cpu, cpuacct}); empty for v2
     * @param mount       where it is mounted
     * @param ownPath     the process's cgroup in it, as {@code /proc/PID/cgroup} shows it
     */
    record Hierarchy(boolean unified, Set<String> controllers, CgroupV2.Mount mount, String ownPath) {
        /** The process's own cgroup directory, if the mount shows it. */
        Optional<Path> ownDirectory() {
            return mount.directoryOf(ownPath);
        }
    }

    static List<Hierarchy> read(String mountinfo, String procCgroup) {
        List<Hierarchy> out = new ArrayList<>();
        for (String line : procCgroup.split("\n")) {
            String[] f = line.split(":", 3);
            if (f.length < 3) {
                continue;
            }
            if (f[0].equals("0") && f[1].isEmpty()) {
                CgroupFiles.cgroup2Mount(mountinfo).ifPresent(m -> out.add(new Hierarchy(true, Set.of(), m, f[2].trim())));
            } else if (!f[1].isEmpty()) {
                Set<String> controllers = Set.of(f[1].split(","));
                v1Mount(mountinfo, controllers).ifPresent(m -> out.add(new Hierarchy(false, controllers, m, f[2].trim())));
            }
        }
        return out;
    }

    /** The hierarchy {@code controller} is bound to, if any (a controller is in one hierarchy at most). */
    static Optional<Hierarchy> of(List<Hierarchy> hierarchies, String controller) {
        return hierarchies.stream().filter(h -> !h.unified() && h.controllers().contains(controller)).findFirst();
    }

    /**
     * {@code dir}'s cgroup path as the kernel names it (in {@code /proc/PID/cgroup} and its log),
     * from the mount of the hierarchy it is in: v2, or the v1 one of {@code controller}.
     */
    static Optional<String> kernelPath(List<Hierarchy> hierarchies, Path dir, boolean unified, String controller) {
        return hierarchies.stream().filter(h -> unified ? h.unified() : h.controllers().contains(controller))
                .findFirst().filter(h -> dir.startsWith(h.mount().mountPoint())).map(h -> {
                    String rel = h.mount().mountPoint().relativize(dir).toString();
                    String root = h.mount().root().equals("/") ? "" : h.mount().root();
                    return root + "/" + rel;
                });
    }

    /** The first {@code cgroup} (v1) mount whose super options hold all of {@code controllers}. */
    private static Optional<CgroupV2.Mount> v1Mount(String mountinfo, Set<String> controllers) {
        for (String line : mountinfo.split("\n")) {
            String[] fields = line.split(" ");
            int dash = Arrays.asList(fields).indexOf("-");
            if (dash < 6 || dash + 3 >= fields.length || !fields[dash + 1].equals("cgroup")) {
                continue;
            }
            if (Set.of(fields[dash + 3].split(",")).containsAll(controllers)) {
                return Optional.of(new CgroupV2.Mount(Path.of(CgroupFiles.unescape(fields[4])), CgroupFiles.unescape(fields[3])));
            }
        }
        return Optional.empty();
    }
}
