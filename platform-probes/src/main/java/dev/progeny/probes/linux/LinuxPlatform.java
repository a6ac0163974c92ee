package dev.progeny.probes.linux;

import dev.progeny.probes.Capabilities;
import dev.progeny.probes.OperatingSystem;
import dev.progeny.probes.Platform;
import dev.progeny.probes.ProcessInspector;
import dev.progeny.probes.ProcessTable;
import dev.progeny.probes.SignalTable;
import dev.progeny.probes.diagnose.ProcessDiagnostics;
import dev.progeny.probes.events.EventSources;
import dev.progeny.probes.events.SourceOpening;
import dev.progeny.probes.launch.MembershipProbe;
import dev.progeny.probes.posix.PosixLauncher;
import dev.progeny.probes.posix.PosixOrphanReaper;
import dev.progeny.probes.posix.SelfGuard;
import dev.progeny.probes.terminate.FamilyTerminator;
import dev.progeny.probes.terminate.OrphanReaper;
import dev.progeny.probes.terminate.SignalSender;
import dev.progeny.probes.terminate.Terminator;
import java.util.List;

/** Linux: {@code /proc} for the table and the details, {@code posix_spawn} for launches, pidfds for signals. Thread-safe. */
public final class LinuxPlatform implements Platform {
    private final LinuxProcessTable table = new LinuxProcessTable();
    /** The one sender every signal goes through: the terminator's and the launches' own. */
    private final SignalSender sender = new LinuxSignalSender(SelfGuard.create());
    private final PosixLauncher launcher = LinuxLaunching.launcher(LinuxLaunching.binding(new LaunchCgroups(CgroupV2::find)), table, sender);
    private final Terminator terminator = new FamilyTerminator(table, sender);
    private final OrphanReaper reaper = new PosixOrphanReaper(table, launcher, LinuxConstants.WNOHANG);
    private final Capabilities capabilities = LinuxCapabilities.detect();
    private final LinuxProcessInspector inspector = new LinuxProcessInspector();
    private final LinuxDiagnostics diagnostics = new LinuxDiagnostics();
    private final EventSources events = new EventSources(
            List.of(() -> ProcConnectorSource.open(table), LinuxPlatform::ptrace), table);
    private final LinuxMembershipProbe membership = new LinuxMembershipProbe();

    @Override
    public OperatingSystem os() {
        return OperatingSystem.LINUX;
    }

    @Override
    public ProcessTable processTable() {
        return table;
    }

    @Override
    public SignalTable signals() {
        return LinuxSignals.TABLE;
    }

    @Override
    public PosixLauncher launcher() {
        return launcher;
    }

    @Override
    public Terminator terminator() {
        return terminator;
    }

    @Override
    public OrphanReaper orphanReaper() {
        return reaper;
    }

    @Override
    public Capabilities capabilities() {
        return capabilities;
    }

    @Override
    public ProcessInspector inspector() {
        return inspector;
    }

    @Override
    public ProcessDiagnostics diagnostics() {
        return diagnostics;
    }

    /** The proc connector as root, else ptrace per launch for a normal user, else polling. */
    @Override
    public EventSources events() {
        return events;
    }

    /** Every traced launch's events (issue 13 §2.2), where Yama and a real seizure allow it. */
    private static SourceOpening ptrace() {
        return Tracer.shared().availability()
                .<SourceOpening>map(no -> new SourceOpening.Unavailable(PtraceSource.NAME, no.detail()))
                .orElseGet(() -> new SourceOpening.Opened(Tracer.shared().events()));
    }

    @Override
    public void releaseFreeMemory() {
        CHeap.trim();
    }

    @Override
    public MembershipProbe membership() {
        return membership;
    }
}
