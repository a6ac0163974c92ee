package dev.progeny.probes.macos;

import dev.progeny.probes.Capabilities;
import dev.progeny.probes.Capability;
import dev.progeny.probes.OperatingSystem;
import dev.progeny.probes.Platform;
import dev.progeny.probes.ProcessTable;
import dev.progeny.probes.SignalTable;
import dev.progeny.probes.launch.LaunchRegistry;
import dev.progeny.probes.bsd.KillSignalSender;
import dev.progeny.probes.bsd.LazyPlatform;
import dev.progeny.probes.posix.PosixLauncher;
import dev.progeny.probes.posix.PosixLibc;
import dev.progeny.probes.posix.PosixOrphanReaper;
import dev.progeny.probes.posix.SelfGuard;
import dev.progeny.probes.terminate.FamilyTerminator;
import dev.progeny.probes.terminate.OrphanReaper;
import dev.progeny.probes.terminate.Terminator;
import java.util.Map;

/**
 * macOS: {@code sysctl kern.proc} and {@code KERN_PROCARGS2} for the table, {@code posix_spawn}
 * for launches, {@code kill(2)} after a start-time check for signals. No subreaper exists, so
 * orphans cannot be adopted: families are kept by group or session, lineage and the environment
 * tag. Constructing it calls no native code; libc is loaded on first use. Thread-safe. Verified
 * only on bytes (no macOS kernel in CI).
 */
public final class MacOsPlatform extends LazyPlatform<MacOsPlatform.Parts> {
    /**
     * What macOS cannot do, in words the app shows next to a greyed-out action. It has no
     * subreaper: the name says what is missing.
     */
    public static final Capabilities CAPABILITIES = Capabilities.allExcept(OperatingSystem.MACOS, "Subreaper", Map.of(
            Capability.ORPHAN_ADOPTION, MacOsSpawnPlanner.NO_REAPER,
            Capability.CGROUP_KILL, "macOS has no cgroups",
            Capability.PIDFD, "macOS has no pidfds; Progeny checks the start time before every signal instead",
            Capability.OTHER_USERS_ARGV, "macOS shows other users' command lines only to root (KERN_PROCARGS2)"));


    /**
     * The parts that call into libc. The reaper reaps only Progeny's own zombie children: without
     * a subreaper no orphan ever comes back.
     */
    record Parts(MacOsProcessTable table, PosixLauncher launcher, Terminator terminator, OrphanReaper orphanReaper)
            implements LazyPlatform.Parts {
    }

    public MacOsPlatform() {
        super(MacOsPlatform::start);
    }

    @Override
    public OperatingSystem os() {
        return OperatingSystem.MACOS;
    }

    @Override
    public SignalTable signals() {
        return MacOsSignals.TABLE;
    }

    @Override
    public PosixLauncher launcher() {
        return parts().launcher();
    }

    @Override
    public Capabilities capabilities() {
        return CAPABILITIES;
    }

    private static Parts start() {
        MacOsLibc libc = MacOsLibc.load();
        MacOsProcessTable table = new MacOsProcessTable(libc);
        KillSignalSender sender = new KillSignalSender(SelfGuard.create(), MacOsSignals.TABLE, table::reading,
                new KillSignalSender.Errnos(MacOsConstants.ESRCH, MacOsConstants.EPERM));
        LaunchRegistry registry = new LaunchRegistry(PosixLibc.INSTANCE.getpid());
        return new Parts(table, new PosixLauncher(MacOsLaunching.binding(libc, table), registry, table, sender),
                new FamilyTerminator(table, sender), new PosixOrphanReaper(table, registry, MacOsConstants.WNOHANG));
    }
}
