package dev.progeny.probes.macos;

import dev.progeny.probes.Capabilities;
import dev.progeny.probes.Capability;
import dev.progeny.probes.OperatingSystem;
import dev.progeny.probes.Platform;
import dev.progeny.probes.ProcessTable;
import dev.progeny.probes.SignalTable;
import dev.progeny.probes.launch.Launcher;
import java.util.Map;

/**
 * macOS: {@code sysctl kern.proc} and {@code KERN_PROCARGS2} for the table, {@code posix_spawn}
 * for launches. No subreaper exists, so orphans cannot be adopted: families are kept by group
 * or session, lineage and the environment tag. Constructing it calls no native code; libc is
 * loaded on first use. Thread-safe. Verified only on bytes (no macOS kernel in CI).
 */
public final class MacOsPlatform implements Platform {
    /** What macOS cannot do, in words the app shows next to a greyed-out action. */
    public static final Capabilities CAPABILITIES = Capabilities.allExcept(OperatingSystem.MACOS, Map.of(
            Capability.ORPHAN_ADOPTION, "macOS has no subreaper: orphans go to launchd and cannot be adopted;"
                    + " Progeny still finds them by lineage and the launch tag",
            Capability.CGROUP_KILL, "macOS has no cgroups",
            Capability.PIDFD, "macOS has no pidfds; Progeny checks the start time before every signal instead",
            Capability.OTHER_USERS_ARGV, "macOS shows other users' command lines only to root (KERN_PROCARGS2)"));

    private volatile Native nativePart;

    private record Native(MacOsProcessTable table, MacOsLauncher launcher) {
    }

    @Override
    public OperatingSystem os() {
        return OperatingSystem.MACOS;
    }

    @Override
    public ProcessTable processTable() {
        return nativePart().table();
    }

    @Override
    public SignalTable signals() {
        return MacOsSignals.TABLE;
    }

    @Override
    public Capabilities capabilities() {
        return CAPABILITIES;
    }

    public Launcher launcher() {
        return nativePart().launcher();
    }

    private Native nativePart() {
        Native n = nativePart;
        if (n == null) {
            synchronized (this) {
                n = nativePart;
                if (n == null) {
                    MacOsLibc libc = MacOsLibc.load();
                    MacOsProcessTable table = new MacOsProcessTable(libc);
                    n = new Native(table, new MacOsLauncher(libc, table));
                    nativePart = n;
                }
            }
        }
        return n;
    }
}
