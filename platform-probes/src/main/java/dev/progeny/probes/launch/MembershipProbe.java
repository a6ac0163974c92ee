package dev.progeny.probes.launch;

import dev.progeny.probes.ProcessInfo;
import java.util.Collection;
import java.util.Optional;

/** The per-OS readings a {@link LaunchFamily} needs beyond a snapshot. Thread-safe. */
public interface MembershipProbe {

    /** The value of {@code PROGENY_LAUNCH} in the process's environment, when readable. */
    Optional<String> launchTag(ProcessInfo process);

    /** Pids of the processes {@code container} holds; none for a kind of container this OS has not. */
    Collection<Integer> containerPids(Container container);
}
