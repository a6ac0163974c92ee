package dev.progeny.probes.terminate;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.launch.Family;
import java.util.List;

/** Every process whose session is {@code sid}: all of the session's groups. Any OS; immutable and thread-safe. */
public record SessionFamily(int sid) implements Family {

    @Override
    public String description() {
        return "session " + sid;
    }

    @Override
    public List<ProcessInfo> members(Snapshot snapshot) {
        return snapshot.sessionMembers(sid);
    }
}
