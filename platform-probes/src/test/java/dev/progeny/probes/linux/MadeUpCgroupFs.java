package dev.progeny.probes.linux;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A cgroup v2 file system laid out in a temporary directory the way the kernel lays it out
 * (cgroup-v2.rst "Interface Files"): {@code mkdir} makes the core files and, for each controller
 * the parent enables in {@code cgroup.subtree_control}, that controller's files with the kernel's
 * initial values. It cannot refuse a write as the kernel would; tests check what was written.
 */
final class MadeUpCgroupFs implements CgroupFs {
    private static final Map<String, Map<String, String>> CONTROLLER_FILES = Map.of(
            "memory", files("memory.max", "max", "memory.swap.max", "max",
                    "memory.events", "low 0\nhigh 0\nmax 0\noom 0\noom_kill 0\noom_group_kill 0\n"),
            "pids", files("pids.max", "max", "pids.events", "max 0\n"),
            "cpu", files("cpu.max", "max 100000", "cpu.weight", "100"));

    /** The mount point of the made-up hierarchy. */
    private final Path mount;

    MadeUpCgroupFs(Path mount) {
        this.mount = mount;
    }

    /** A mountinfo line that mounts this hierarchy, as the kernel prints it. */
    String mountinfo() {
        return "40 30 0:37 / " + mount + " rw,relatime shared:9 - cgroup2 cgroup2 rw,nsdelegate\n";
    }

    /**
     * Makes the cgroup at {@code path} (under the mount) and its parents; the cgroup gets
     * {@code controllers} in its {@code cgroup.controllers} and {@code procs} in its {@code cgroup.procs}.
     */
    Path cgroup(String path, Set<String> controllers, int... procs) throws IOException {
        Path dir = mount.resolve(path.replaceFirst("^/", ""));
        Files.createDirectories(dir);
        core(dir, controllers);
        StringBuilder list = new StringBuilder();
        for (int pid : procs) {
            list.append(pid).append('\n');
        }
        Files.writeString(dir.resolve("cgroup.procs"), list);
        return dir;
    }

    @Override
    public Path mkdir(Path dir) throws IOException {
        Files.createDirectory(dir);
        Set<String> enabled = CgroupKnobs.words(dir.getParent().resolve("cgroup.subtree_control"));
        core(dir, enabled);
        for (String c : enabled) {
            for (Map.Entry<String, String> f : CONTROLLER_FILES.getOrDefault(c, Map.of()).entrySet()) {
                Files.writeString(dir.resolve(f.getKey()), f.getValue());
            }
        }
        return dir;
    }

    private static void core(Path dir, Set<String> controllers) {
        try {
            Files.writeString(dir.resolve("cgroup.controllers"), String.join(" ", controllers) + "\n");
            Files.writeString(dir.resolve("cgroup.subtree_control"), "");
            Files.writeString(dir.resolve("cgroup.procs"), "");
            Files.writeString(dir.resolve("cgroup.events"), "populated 0\nfrozen 0\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> files(String... nameValue) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            out.put(nameValue[i], nameValue[i + 1]);
        }
        return out;
    }
}
