package dev.progeny.probes.launch;

import dev.progeny.probes.ProcessInfo;
import java.util.Collection;

/** The per-OS readings a {@link LaunchFamily} needs beyond a snapshot. Thread-safe. */
public interface MembershipProbe {

    /** What the process's environment says of {@code PROGENY_LAUNCH}; {@link TagReading#UNREAD} when nothing was read. */
    TagReading launchTag(ProcessInfo process);

    /** Pids of the processes {@code container} holds; none for a kind of container this OS has not. */
    Collection<Integer> containerPids(Container container);
}
