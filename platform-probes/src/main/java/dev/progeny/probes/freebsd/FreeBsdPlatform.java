package dev.progeny.probes.freebsd;

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
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * FreeBSD: {@code sysctl kern.proc} for the table, {@code posix_spawn} for launches,
 * {@code procctl} for the reaper, {@code kill(2)} after a start-time check for signals.
 * Constructing it calls no native code; the first use of any part loads libc and acquires the
 * reaper, which is before any launch (the reaper adopts only orphans of later descendants).
 * Thread-safe. Verified only on bytes (no FreeBSD kernel in CI).
 */
public final class FreeBsdPlatform implements Platform {
    /** What FreeBSD cannot do, in words the app shows next to a greyed-out action. */
    public static final Capabilities CAPABILITIES = Capabilities.allExcept(OperatingSystem.FREEBSD, Map.of(
            Capability.NEW_SESSION, FreeBsdSpawnPlanner.NO_SESSION,
            Capability.CGROUP_KILL, "FreeBSD has no cgroups; the procctl reaper ends the whole family instead",
            Capability.PIDFD, "FreeBSD has process descriptors only for children created with pdfork;"
                    + " Progeny checks the start time before every signal instead"));

    private volatile Parts parts;

    /** The parts that call into libc, created together on first use. */
    private record Parts(FreeBsdProcessTable table, FreeBsdReaper procctl, Optional<String> reaperMissing,
                         FreeBsdLauncher launcher, Terminator terminator, Reaper reaper) {
    }

    @Override
    public OperatingSystem os() {
        return OperatingSystem.FREEBSD;
    }

    @Override
    public ProcessTable processTable() {
        return parts().table();
    }

    @Override
    public SignalTable signals() {
        return FreeBsdSignals.TABLE;
    }

    @Override
    public FreeBsdLauncher launcher() {
        return parts().launcher();
    }

    @Override
    public Terminator terminator() {
        return parts().terminator();
    }

    /** Reaps zombies re-parented to Progeny, the reaper of every launch, by pid. */
    @Override
    public Reaper reaper() {
        return parts().reaper();
    }

    @Override
    public Capabilities capabilities() {
        return CAPABILITIES;
    }

    /** {@code procctl}: the family's descendants and a kill that reaches all of them. */
    public FreeBsdReaper procctl() throws IOException {
        Parts p = parts();
        if (p.reaperMissing().isPresent()) {
            throw new IOException(p.reaperMissing().get());
        }
        return p.procctl();
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
        FreeBsdLibc libc = FreeBsdLibc.load();
        PosixLibc posix = PosixLibc.INSTANCE;
        int self = posix.getpid();
        FreeBsdReaper procctl = new FreeBsdReaper(libc, self);
        Optional<String> reaperMissing;
        try {
            procctl.acquire();
            reaperMissing = Optional.empty();
        } catch (IOException e) {
            reaperMissing = Optional.of("cannot become the procctl reaper: " + e.getMessage());
        }
        FreeBsdProcessTable table = new FreeBsdProcessTable(libc);
        LaunchRegistry registry = new LaunchRegistry(self);
        SignalGuard guard = new SignalGuard(self, posix.getpgid(0), posix.getsid(0));
        KillSignalSender sender = new KillSignalSender(guard, FreeBsdSignals.TABLE, table::process,
                new KillSignalSender.Errnos(FreeBsdConstants.ESRCH, FreeBsdConstants.EPERM));
        return new Parts(table, procctl, reaperMissing, new FreeBsdLauncher(libc, table, reaperMissing, registry),
                new FamilyTerminator(table, sender), new PosixReaper(table, FreeBsdConstants.WNOHANG));
    }
}
