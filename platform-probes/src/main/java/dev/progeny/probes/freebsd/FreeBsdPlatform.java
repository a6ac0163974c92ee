package dev.progeny.probes.freebsd;

import dev.progeny.probes.Capabilities;
import dev.progeny.probes.Capability;
import dev.progeny.probes.OperatingSystem;
import dev.progeny.probes.Platform;
import dev.progeny.probes.ProcessTable;
import dev.progeny.probes.SignalTable;
import dev.progeny.probes.diagnose.ProcessDiagnostics;
import dev.progeny.probes.events.EventSources;
import dev.progeny.probes.events.SourceOpening;
import dev.progeny.probes.launch.LaunchRegistry;
import dev.progeny.probes.bsd.KillSignalSender;
import dev.progeny.probes.bsd.LazyPlatform;
import dev.progeny.probes.posix.PosixLauncher;
import dev.progeny.probes.posix.PosixLibc;
import dev.progeny.probes.posix.PosixOrphanReaper;
import dev.progeny.probes.posix.SelfGuard;
import dev.progeny.probes.terminate.FamilyTerminator;
import dev.progeny.probes.terminate.OrphanReaper;
import dev.progeny.probes.terminate.SignalGuard;
import dev.progeny.probes.terminate.Terminator;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * FreeBSD: {@code sysctl kern.proc} for the table, {@code posix_spawn} for launches,
 * {@code procctl} for the reaper (which also lists a launch's family and kills it whole),
 * {@code kill(2)} after a start-time check for signals.
 * Constructing it calls no native code; the first use of any part loads libc and acquires the
 * reaper, which is before any launch (the reaper adopts only orphans of later descendants).
 * Thread-safe. Verified only on bytes (no FreeBSD kernel in CI).
 */
public final class FreeBsdPlatform extends LazyPlatform<FreeBsdPlatform.Parts> {
    /** What FreeBSD cannot do, in words the app shows next to a greyed-out action. */
    public static final Capabilities CAPABILITIES = Capabilities.allExcept(OperatingSystem.FREEBSD, "Reaper (procctl)", Map.of(
            Capability.NEW_SESSION, FreeBsdSpawnPlanner.NO_SESSION,
            Capability.CGROUP_KILL, "FreeBSD has no cgroups; the procctl reaper ends the whole family instead",
            Capability.PIDFD, "FreeBSD has process descriptors only for children created with pdfork;"
                    + " Progeny checks the start time before every signal instead"));

    /**
     * The parts that call into libc. The reaper reaps zombies re-parented to Progeny, the reaper
     * of every launch, by pid.
     */
    record Parts(FreeBsdProcessTable table, PosixLauncher launcher, Terminator terminator, OrphanReaper orphanReaper,
                 ProcessDiagnostics diagnostics) implements LazyPlatform.Parts {
    }

    public FreeBsdPlatform() {
        this(FreeBsdLibc::load);
    }

    /** Over {@code libc} as loaded on first use (a stand-in in tests). */
    FreeBsdPlatform(Supplier<FreeBsdLibc> libc) {
        super(() -> start(libc.get()));
    }

    @Override
    public OperatingSystem os() {
        return OperatingSystem.FREEBSD;
    }

    @Override
    public SignalTable signals() {
        return FreeBsdSignals.TABLE;
    }

    @Override
    public PosixLauncher launcher() {
        return parts().launcher();
    }

    @Override
    public ProcessDiagnostics diagnostics() {
        return parts().diagnostics();
    }

    @Override
    public Capabilities capabilities() {
        return CAPABILITIES;
    }

    /** kqueue NOTE_TRACK for the launches, else polling. */
    @Override
    public EventSources events() {
        return new EventSources(List.of(this::kqueue), () -> processTable().snapshot()); // libc loads on first use
    }

    private SourceOpening kqueue() {
        try {
            return KqueueSource.open(KqueueLibc.load(), processTable(), parts().table()::process);
        } catch (UnsatisfiedLinkError e) {
            return new SourceOpening.Unavailable(KqueueSource.NAME, "this C library has no kqueue: " + e.getMessage());
        }
    }

    private static Parts start(FreeBsdLibc libc) {
        int self = PosixLibc.INSTANCE.getpid();
        ProcctlReaper procctl = new ProcctlReaper(libc, self);
        Optional<String> reaperMissing;
        try {
            procctl.acquire();
            reaperMissing = Optional.empty();
        } catch (IOException e) {
            reaperMissing = Optional.of("cannot become the procctl reaper: " + e.getMessage());
        }
        FreeBsdProcessTable table = new FreeBsdProcessTable(libc);
        LaunchRegistry registry = new LaunchRegistry(self);
        SignalGuard guard = SelfGuard.create();
        ReaperSubtrees subtrees = new ReaperSubtrees(procctl, reaperMissing, guard, table::reading);
        KillSignalSender sender = new KillSignalSender(guard, FreeBsdSignals.TABLE, table::reading,
                new KillSignalSender.Errnos(FreeBsdConstants.ESRCH, FreeBsdConstants.EPERM), subtrees::kill);
        return new Parts(table, new PosixLauncher(FreeBsdLaunching.binding(libc, table, reaperMissing, subtrees), registry, table, sender),
                new FamilyTerminator(table, sender), new PosixOrphanReaper(table, registry, FreeBsdConstants.WNOHANG),
                new FreeBsdDiagnostics(libc, self));
    }
}
