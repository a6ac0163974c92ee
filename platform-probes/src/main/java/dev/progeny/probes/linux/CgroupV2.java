package dev.progeny.probes.linux;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cgroup v2 directory Progeny itself runs in, when it may create cgroups below it (root, or a
 * delegated subtree). Each launch gets one child cgroup there. Linux. Immutable and thread-safe;
 * the static helpers touch only the given directory (cgroup-v2.rst: cgroup.procs, cgroup.kill).
 */
public final class CgroupV2 {
    private final Path home;

    private CgroupV2(Path home) {
        this.home = home;
    }

    /** Progeny's own cgroup directory, if it is on a cgroup2 mount and writable; else why not. */
    static Result find() {
        try {
            return find(Files.readString(Path.of("/proc/self/mountinfo")), Files.readString(Path.of("/proc/self/cgroup")));
        } catch (IOException e) {
            return new Result(Optional.empty(), "cannot read /proc/self: " + e.getMessage());
        }
    }

    /**
     * {@link #find()} on the given {@code /proc/self/mountinfo} and {@code /proc/self/cgroup}
     * texts; the directory they lead to is checked on the real file system.
     */
    static Result find(String mountinfo, String ownCgroup) {
        Optional<Mount> mount = CgroupFiles.cgroup2Mount(mountinfo);
        Optional<String> own = CgroupFiles.unifiedPath(ownCgroup);
        if (mount.isEmpty() || own.isEmpty()) {
            return new Result(Optional.empty(), "no cgroup2 hierarchy is mounted");
        }
        Optional<Path> dir = mount.get().directoryOf(own.get());
        if (dir.isEmpty()) {
            return new Result(Optional.empty(), "own cgroup " + own.get() + " is outside the visible cgroup2 mount");
        }
        Path found = dir.get();
        // Progeny may have moved itself into a leaf so that its launches could have controllers.
        Optional<Path> home = V2Delegation.movedOutOf().filter(h -> found.equals(h.resolve(V2Delegation.LEAF)));
        if (home.isPresent()) {
            dir = home;
        }
        Path procs = dir.get().resolve("cgroup.procs");
        // A container may show a cgroup path that its own view of the mount does not hold.
        if (!Files.exists(procs)) {
            return new Result(Optional.empty(), dir.get() + " is not a cgroup2 directory (no cgroup.procs)");
        }
        if (!Files.isWritable(dir.get()) || !Files.isWritable(procs)) {
            return new Result(Optional.empty(), dir.get() + " is not writable (no delegated cgroup)");
        }
        return new Result(Optional.of(new CgroupV2(dir.get())), dir.get().toString());
    }

    /** A cgroup mount point (cgroup2, or a v1 hierarchy in {@link CgroupMounts}) and the cgroup path its root shows. */
    record Mount(Path mountPoint, String root) {
        Optional<Path> directoryOf(String cgroupPath) {
            String base = root.endsWith("/") ? root : root + "/";
            if (!cgroupPath.equals(root) && !cgroupPath.startsWith(base)) {
                return Optional.empty();
            }
            String relative = cgroupPath.substring(root.length()).replaceFirst("^/+", "");
            return Optional.of(relative.isEmpty() ? mountPoint : mountPoint.resolve(relative));
        }
    }

    /** What {@link #find()} found: the cgroup, or the reason there is none. */
    record Result(Optional<CgroupV2> cgroup, String detail) {
    }

    Path home() {
        return home;
    }

    /** Creates the leaf cgroup for one launch. */
    Path createChild(String name) throws IOException {
        return Files.createDirectory(home.resolve(name));
    }

    /** Pids of the live processes in {@code cgroup} (not its children); empty once it is gone. */
    public static List<Integer> pids(Path cgroup) {
        List<Integer> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(cgroup.resolve("cgroup.procs"), StandardCharsets.US_ASCII)) {
                if (!line.isBlank()) {
                    out.add(Integer.parseInt(line.trim()));
                }
            }
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException | NumberFormatException e) {
            return out;
        }
        return out;
    }

    /**
     * Whether {@code cgroup} or a cgroup below it still holds a live process: {@code populated 1}
     * in {@code cgroup.events} (cgroup-v2.rst). Zombies do not count; a removed cgroup is empty.
     */
    public static boolean populated(Path cgroup) {
        try {
            for (String line : Files.readAllLines(cgroup.resolve("cgroup.events"), StandardCharsets.US_ASCII)) {
                if (line.startsWith("populated ")) {
                    return line.endsWith(" 1");
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /** SIGKILLs every process in {@code cgroup}, race-free against fork (Linux 5.14+). */
    public static boolean kill(Path cgroup) {
        try {
            Files.writeString(cgroup.resolve("cgroup.kill"), "1");
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Removes an empty cgroup; false while it still holds live processes. */
    public static boolean remove(Path cgroup) {
        try {
            Files.deleteIfExists(cgroup);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
