package dev.progeny.probes.linux;

import dev.progeny.probes.Capabilities;
import dev.progeny.probes.Capability;
import dev.progeny.probes.OperatingSystem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * Linux capabilities, from cheap checks only (a version string and two file tests). Works on
 * Linux; thread-safe (stateless).
 */
public final class LinuxCapabilities {
    /** cgroup v2 hierarchy root (cgroups(7)). */
    private static final Path CGROUP_ROOT = Path.of("/sys/fs/cgroup");
    /** pidfd_open(2) appeared in Linux 5.3. */
    private static final int[] PIDFD_KERNEL = {5, 3};

    private LinuxCapabilities() {
    }

    public static Capabilities detect() {
        Map<Capability, String> missing = new EnumMap<>(Capability.class);
        if (!cgroupKillable(ownCgroup())) {
            missing.put(Capability.CGROUP_KILL, "no writable cgroup v2 with cgroup.kill for Progeny's own cgroup"
                    + " (start Progeny in a delegated systemd scope to get one)");
        }
        if (!atLeast(System.getProperty("os.version", ""), PIDFD_KERNEL)) {
            missing.put(Capability.PIDFD, "pidfd_open needs Linux 5.3 or newer");
        }
        return Capabilities.allExcept(OperatingSystem.LINUX, missing);
    }

    /** The cgroup v2 path of this process: the {@code 0::} line of /proc/self/cgroup. */
    private static String ownCgroup() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/cgroup"))) {
                if (line.startsWith("0::")) {
                    return line.substring(3);
                }
            }
        } catch (IOException e) {
            // No /proc/self/cgroup: no cgroup support to offer.
        }
        return null;
    }

    private static boolean cgroupKillable(String cgroup) {
        if (cgroup == null) {
            return false;
        }
        Path dir = CGROUP_ROOT.resolve(cgroup.startsWith("/") ? cgroup.substring(1) : cgroup);
        return Files.exists(dir.resolve("cgroup.kill")) && Files.isWritable(dir.resolve("cgroup.procs"))
                && Files.isWritable(dir);
    }

    /** Whether a kernel release such as {@code 6.1.0-13-amd64} is at least {@code min}. */
    static boolean atLeast(String release, int[] min) {
        String[] parts = release.split("[^0-9]+", 3);
        for (int i = 0; i < min.length; i++) {
            if (i >= parts.length || parts[i].isEmpty()) {
                return false;
            }
            int v = Integer.parseInt(parts[i]);
            if (v != min[i]) {
                return v > min[i];
            }
        }
        return true;
    }
}
