package dev.progeny.probes.macos;

import dev.progeny.probes.Capabilities;
import dev.progeny.probes.Capability;
import dev.progeny.probes.OperatingSystem;
import dev.progeny.probes.Platform;
import dev.progeny.probes.ProcessTable;
import dev.progeny.probes.SignalTable;
import dev.progeny.probes.launch.LaunchRegistry;
import dev.progeny.probes.posix.KillSignalSender;
import dev.progeny.probes.posix.PosixLibc;
import dev.progeny.probes.posix.PosixReaper;
import dev.progeny.probes.terminate.FamilyTerminator;
import dev.progeny.probes.terminate.Reaper;
import dev.progeny.probes.terminate.SignalGuard;
import dev.progeny.probes.terminate.Terminator;
import java.util.Map;

/**
 * macOS: {@code sysctl kern.proc} and {@code KERN_PROCARGS2} for the table, {@code posix_spawn}
 * for launches, {@code kill(2)} after a start-time check for signals. No subreaper exists, so
 * orphans cannot be adopted: families are kept by group or session, lineage and the environment
 * tag. Constructing it calls no native code; libc is loaded on first use. Thread-safe. Verified
 * only on bytes (no macOS kernel in CI).
 */
public final class MacOsPlatform implements Platform {
    /** What macOS cannot do, in words the app shows next to a greyed-out action. */
    public static final Capabilities CAPABILITIES = Capabilities.allExcept(OperatingSystem.MACOS, Map.of(
            Capability.ORPHAN_ADOPTION, MacOsSpawnPlanner.NO_REAPER,
            Capability.CGROUP_KILL, "macOS has no cgroups",
            Capability.PIDFD, "macOS has no pidfds; Progeny checks the start time before every signal instead",
            Capability.OTHER_USERS_ARGV, "macOS shows other users' command lines only to root (KERN_PROCARGS2)"));

    private volatile Parts parts;

    private record Parts(MacOsProcessTable table, MacOsLauncher launcher, Terminator terminator, Reaper reaper) {
    }

    @Override
    public OperatingSystem os() {
        return OperatingSystem.MACOS;
    }

    @Override
    public ProcessTable processTable() {
        return parts().table();
    }

    @Override
    public SignalTable signals() {
        return MacOsSignals.TABLE;
    }

    @Override
    public MacOsLauncher launcher() {
        return parts().launcher();
    }

    @Override
    public Terminator terminator() {
        return parts().terminator();
    }

    /** Reaps only Progeny's own zombie children: without a subreaper no orphan ever comes back. */
    @Override
    public Reaper reaper() {
        return parts().reaper();
    }

    @Override
    public Capabilities capabilities() {
        return CAPABILITIES;
    }

    private Parts parts() {
        Parts p = parts;
        if (p == null) {
            synchronized (this) {
                p = parts;
                if (p == null) {
                    p = start();
                    parts = p;
                }
            }
        }
        return p;
    }

    private static Parts start() {
        MacOsLibc libc = MacOsLibc.load();
        PosixLibc posix = PosixLibc.INSTANCE;
        int self = posix.getpid();
        MacOsProcessTable table = new MacOsProcessTable(libc);
        SignalGuard guard = new SignalGuard(self, posix.getpgid(0), posix.getsid(0));
        KillSignalSender sender = new KillSignalSender(guard, MacOsSignals.TABLE, table::process,
                new KillSignalSender.Errnos(MacOsConstants.ESRCH, MacOsConstants.EPERM));
        return new Parts(table, new MacOsLauncher(libc, table, new LaunchRegistry(self)),
                new FamilyTerminator(table, sender), new PosixReaper(table, MacOsConstants.WNOHANG));
    }
}
