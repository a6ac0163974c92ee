package dev.progeny.app.gui.common;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.launch.Launch;
import java.util.Optional;

/**
 * What the user has selected in the tree. Immutable.
 *
 * @param process the selected process, or a launch header's launched process; empty for the
 *                header of a launch whose process was never seen (it ended at once)
 * @param launch  the launch whose family the process belongs to (empty outside every launch)
 * @param header  whether the row is a launch's header rather than one of its processes
 * @param gone    whether the process has vanished (the row stays a moment, greyed out) or, for a
 *                header, the launched process has ended: actions aimed at it cannot apply
 */
public record Selection(Optional<ProcessInfo> process, Optional<Launch> launch, boolean header, boolean gone) {

    /** A live process row. */
    public static Selection of(ProcessInfo process, Optional<Launch> launch) {
        return new Selection(Optional.of(process), launch, false, false);
    }

    /** The live process, when there is one to act on. */
    public Optional<ProcessInfo> liveProcess() {
        return gone ? Optional.empty() : process;
    }
}
