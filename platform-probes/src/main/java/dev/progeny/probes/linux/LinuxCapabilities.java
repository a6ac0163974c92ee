package dev.progeny.probes.linux;

import dev.progeny.probes.Capabilities;
import dev.progeny.probes.Capability;
import dev.progeny.probes.OperatingSystem;
import java.util.EnumMap;
import java.util.Map;

/**
 * Linux capabilities, from cheap checks only (the kernel version and the launcher's own search
 * for a cgroup home). Works on Linux; thread-safe (stateless).
 */
public final class LinuxCapabilities {
    /** cgroup.kill appeared in Linux 5.14 (cgroup-v2.rst). */
    private static final int[] CGROUP_KILL_KERNEL = {5, 14};
    /** pidfd_open(2) appeared in Linux 5.3. */
    private static final int[] PIDFD_KERNEL = {5, 3};

    private LinuxCapabilities() {
    }

    public static Capabilities detect() {
        Map<Capability, String> missing = new EnumMap<>(Capability.class);
        String kernel = System.getProperty("os.version", "");
        // The same search the launcher makes for a place to create launch cgroups in.
        CgroupV2.Result home = CgroupV2.find();
        if (home.cgroup().isEmpty()) {
            missing.put(Capability.CGROUP_KILL, home.detail()
                    + " (start Progeny in a delegated systemd scope to get one)");
        } else if (!atLeast(kernel, CGROUP_KILL_KERNEL)) {
            missing.put(Capability.CGROUP_KILL, "cgroup.kill needs Linux 5.14 or newer");
        }
        if (!atLeast(kernel, PIDFD_KERNEL)) {
            missing.put(Capability.PIDFD, "pidfd_open needs Linux 5.3 or newer");
        }
        return Capabilities.allExcept(OperatingSystem.LINUX, "Subreaper", missing);
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
