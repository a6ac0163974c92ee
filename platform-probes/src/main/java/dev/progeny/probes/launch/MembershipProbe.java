package dev.progeny.probes.launch;

import dev.progeny.probes.ProcessInfo;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;

/** The per-OS readings a {@link LaunchFamily} needs beyond a snapshot. Thread-safe. */
public interface MembershipProbe {

    /** The value of {@code PROGENY_LAUNCH} in the process's environment, when readable. */
    Optional<String> launchTag(ProcessInfo process);

    /**
     * Whether the process carries {@code PROGENY_LAUNCH=id}: empty when that cannot be told (the
     * environment is unreadable or empty, e.g. a zombie, another user's process, or one that
     * cleared it), so that only a readable environment with another tag or none counts against
     * membership. The default derives it from {@link #launchTag}, which cannot tell "unreadable"
     * from "no tag", so it never says false for a missing tag.
     */
    default Optional<Boolean> carriesTag(ProcessInfo process, String id) {
        return launchTag(process).map(id::equals);
    }

    /** Pids of the live processes in {@code cgroup}. */
    Collection<Integer> cgroupPids(Path cgroup);
}
