package dev.progeny.probes.terminate;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.launch.Family;
import java.util.List;

/**
 * Exactly one process (pid and start time), as a family, so it can be escalated. Any OS;
 * immutable and thread-safe.
 */
public record ProcessFamily(ProcessKey key, String name) implements Family {

    @Override
    public String description() {
        return "process " + key.pid() + " (" + name + ")";
    }

    @Override
    public List<ProcessInfo> members(Snapshot snapshot) {
        return snapshot.process(key.pid()).filter(p -> p.startTime() == key.startTime()).stream().toList();
    }
}
