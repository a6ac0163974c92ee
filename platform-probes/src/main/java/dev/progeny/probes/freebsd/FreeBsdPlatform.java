package dev.progeny.probes.freebsd;

import dev.progeny.probes.Capabilities;
import dev.progeny.probes.Capability;
import dev.progeny.probes.OperatingSystem;
import dev.progeny.probes.Platform;
import dev.progeny.probes.ProcessTable;
import dev.progeny.probes.SignalTable;
import dev.progeny.probes.launch.Launcher;
import dev.progeny.probes.posix.PosixLibc;
import java.io.IOException;
import java.util.Map;

/**
 * FreeBSD: {@code sysctl kern.proc} for the table, {@code posix_spawn} for launches and
 * {@code procctl} for the reaper. Constructing it calls no native code; the first use of the
 * table, the launcher or the reaper loads libc and acquires the reaper, before any launch.
 * Thread-safe. Verified only on bytes (no FreeBSD kernel in CI).
 */
public final class FreeBsdPlatform implements Platform {
    /** What FreeBSD cannot do, in words the app shows next to a greyed-out action. */
    public static final Capabilities CAPABILITIES = Capabilities.allExcept(OperatingSystem.FREEBSD, Map.of(
            Capability.NEW_SESSION, FreeBsdSpawnPlanner.NO_SESSION,
            Capability.CGROUP_KILL, "FreeBSD has no cgroups; the procctl reaper ends the whole family instead",
            Capability.PIDFD, "FreeBSD has process descriptors (pdfork) only for children created with them;"
                    + " Progeny checks the start time before every signal instead"));

    private volatile Native nativePart;

    /** The parts that call into libc, created on first use. */
    private record Native(FreeBsdProcessTable table, FreeBsdReaper reaper, FreeBsdLauncher launcher,
                          IOException reaperFailure) {
    }

    @Override
    public OperatingSystem os() {
        return OperatingSystem.FREEBSD;
    }

    @Override
    public ProcessTable processTable() {
        return nativePart().table();
    }

    @Override
    public SignalTable signals() {
        return FreeBsdSignals.TABLE;
    }

    @Override
    public Capabilities capabilities() {
        return CAPABILITIES;
    }

    public Launcher launcher() {
        return nativePart().launcher();
    }

    /** The reaper, held since the platform's first use. */
    public FreeBsdReaper reaper() throws IOException {
        Native n = nativePart();
        if (n.reaperFailure() != null) {
            throw n.reaperFailure();
        }
        return n.reaper();
    }

    private Native nativePart() {
        Native n = nativePart;
        if (n == null) {
            synchronized (this) {
                n = nativePart;
                if (n == null) {
                    n = start();
                    nativePart = n;
                }
            }
        }
        return n;
    }

    /** Acquires the reaper before anything can be launched: it only adopts later descendants. */
    private static Native start() {
        FreeBsdLibc libc = FreeBsdLibc.load();
        int self = PosixLibc.INSTANCE.getpid();
        FreeBsdReaper reaper = new FreeBsdReaper(libc, self);
        IOException failure = null;
        try {
            reaper.acquire();
        } catch (IOException e) {
            failure = e;
        }
        FreeBsdProcessTable table = new FreeBsdProcessTable(libc);
        return new Native(table, reaper, new FreeBsdLauncher(libc, table, failure == null, self), failure);
    }
}
