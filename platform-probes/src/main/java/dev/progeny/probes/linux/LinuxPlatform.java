package dev.progeny.probes.linux;

import dev.progeny.probes.OperatingSystem;
import dev.progeny.probes.Platform;
import dev.progeny.probes.ProcessTable;
import dev.progeny.probes.SignalTable;

/** Linux: {@code /proc} for the table, {@code posix_spawn} for launches. Thread-safe. */
public final class LinuxPlatform implements Platform {
    private final LinuxProcessTable table = new LinuxProcessTable();
    private final LinuxLauncher launcher = new LinuxLauncher();

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
}
