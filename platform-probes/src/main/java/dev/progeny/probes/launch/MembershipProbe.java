package dev.progeny.probes.launch;

import dev.progeny.probes.ProcessInfo;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;

/** The per-OS readings a {@link LaunchFamily} needs beyond a snapshot. Thread-safe. */
public interface MembershipProbe {

    /** The value of {@code PROGENY_LAUNCH} in the process's environment, when readable. */
    Optional<String> launchTag(ProcessInfo process);

    /** Pids of the live processes in {@code cgroup}. */
    Collection<Integer> cgroupPids(Path cgroup);
}
