package dev.progeny.app.gui.processtree;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.launch.ExitStatus;
import java.util.List;
import java.util.Optional;

/**
 * One launch as the tree needs it, read off the FX thread for one snapshot. Immutable.
 *
 * @param id      the launch id
 * @param label   the command as the user typed it
 * @param argv    the argv it was launched with
 * @param root    the launched process
 * @param members its family in this snapshot, escapees included
 * @param exit    its exit status once it ended
 */
public record LaunchRows(String id, String label, List<String> argv, ProcessKey root, List<ProcessInfo> members,
                         Optional<ExitStatus> exit) {

    public LaunchRows {
        argv = List.copyOf(argv);
        members = List.copyOf(members);
    }
}
