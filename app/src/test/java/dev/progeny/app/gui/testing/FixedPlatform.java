package dev.progeny.app.gui.testing;

import dev.progeny.probes.Capabilities;
import dev.progeny.probes.OperatingSystem;
import dev.progeny.probes.Platform;
import dev.progeny.probes.ProcessInspector;
import dev.progeny.probes.ProcessTable;
import dev.progeny.probes.SignalTable;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.launch.Launcher;
import dev.progeny.probes.terminate.OrphanReaper;
import dev.progeny.probes.terminate.Terminator;
import java.util.Optional;

/**
 * A platform whose process table returns whatever snapshot the test set last and whose
 * capabilities are the given ones (another OS's, say); the rest is the real platform's.
 */
public final class FixedPlatform implements Platform {
    private final Capabilities capabilities;
    private volatile Snapshot next;

    public FixedPlatform() {
        this(Platform.current().capabilities());
    }

    public FixedPlatform(Capabilities capabilities) {
        this.capabilities = capabilities;
    }

    public void setSnapshot(Snapshot snapshot) {
        this.next = snapshot;
    }

    @Override
    public OperatingSystem os() {
        return OperatingSystem.current();
    }

    @Override
    public ProcessTable processTable() {
        return () -> next;
    }

    @Override
    public SignalTable signals() {
        return Platform.current().signals();
    }

    @Override
    public ProcessInspector inspector() {
        return key -> Optional.empty();
    }

    @Override
    public Launcher launcher() {
        return Platform.current().launcher();
    }

    @Override
    public Terminator terminator() {
        return Platform.current().terminator();
    }

    @Override
    public OrphanReaper orphanReaper() {
        return Platform.current().orphanReaper();
    }

    @Override
    public Capabilities capabilities() {
        return capabilities;
    }
}
