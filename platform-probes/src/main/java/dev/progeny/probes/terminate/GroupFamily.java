package dev.progeny.probes.terminate;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.launch.Family;
import java.util.List;

/** Every process whose process group is {@code pgid}. Any OS; immutable and thread-safe. */
public record GroupFamily(int pgid) implements Family {

    @Override
    public String description() {
        return "process group " + pgid;
    }

    @Override
    public List<ProcessInfo> members(Snapshot snapshot) {
        return snapshot.groupMembers(pgid);
    }
}
