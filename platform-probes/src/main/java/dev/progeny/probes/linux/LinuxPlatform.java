package dev.progeny.probes.linux;

import dev.progeny.probes.Capabilities;
import dev.progeny.probes.OperatingSystem;
import dev.progeny.probes.Platform;
import dev.progeny.probes.ProcessTable;
import dev.progeny.probes.SignalTable;

/** Linux: {@code /proc} for the table. Thread-safe. */
public final class LinuxPlatform implements Platform {
    private final LinuxProcessTable table = new LinuxProcessTable();
    private final Capabilities capabilities = LinuxCapabilities.detect();

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
    public Capabilities capabilities() {
        return capabilities;
    }
}
