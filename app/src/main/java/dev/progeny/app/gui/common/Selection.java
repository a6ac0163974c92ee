package dev.progeny.app.gui.common;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.launch.Launch;
import java.util.Optional;

/**
 * What the user has selected in the tree: a process, and the launch whose family it belongs
 * to (empty for a process outside every launch). Immutable.
 */
public record Selection(ProcessInfo process, Optional<Launch> launch) {
}
