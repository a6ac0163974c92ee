package dev.progeny.probes.linux;

import dev.progeny.probes.Capabilities;
import dev.progeny.probes.OperatingSystem;
import dev.progeny.probes.Platform;
import dev.progeny.probes.ProcessInspector;
import dev.progeny.probes.ProcessTable;
import dev.progeny.probes.SignalTable;
import dev.progeny.probes.launch.MembershipProbe;
import dev.progeny.probes.posix.PosixReaper;
import dev.progeny.probes.posix.SelfGuard;
import dev.progeny.probes.terminate.FamilyTerminator;
import dev.progeny.probes.terminate.Reaper;
import dev.progeny.probes.terminate.Terminator;

/** Linux: {@code /proc} for the table and the details, {@code posix_spawn} for launches, pidfds for signals. Thread-safe. */
public final class LinuxPlatform implements Platform {
    private final LinuxProcessTable table = new LinuxProcessTable();
    private final LinuxLauncher launcher = new LinuxLauncher();
    private final Terminator terminator = new FamilyTerminator(table, new LinuxSignalSender(SelfGuard.create()));
    private final Reaper reaper = new PosixReaper(table, LinuxConstants.WNOHANG);
    private final Capabilities capabilities = LinuxCapabilities.detect();
    private final LinuxProcessInspector inspector = new LinuxProcessInspector();
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
    public LinuxLauncher launcher() {
        return launcher;
    }

    @Override
    public Terminator terminator() {
        return terminator;
    }

    @Override
    public Reaper reaper() {
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
    public MembershipProbe membership() {
        return membership;
    }
}
