package dev.progeny.app.gui.actions;

import dev.progeny.probes.Platform;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.launch.Launch;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gathers what {@link TargetSafety} decides on: a fresh snapshot, Progeny's own entry in it, and
 * every member of this run's launches. Blocking (reads the process table and the families'
 * files): call it off the FX thread. Every OS; thread-safe.
 */
final class SafetyCheck {
    private SafetyCheck() {
    }

    static SafetyDecision assess(Platform platform, ActionTarget target, List<Launch> launches) throws IOException {
        Snapshot snapshot = platform.processTable().snapshot();
        int selfPid = (int) ProcessHandle.current().pid();
        ProcessInfo self = snapshot.process(selfPid)
                .orElseThrow(() -> new IOException("Progeny's own process is missing from the process table"));
        Set<ProcessKey> members = new HashSet<>();
        for (Launch launch : launches) {
            launch.family().members(snapshot).forEach(p -> members.add(p.key()));
        }
        return TargetSafety.assess(target, new SafetyContext(self, platform.terminator().guard(), snapshot, members));
    }
}
