package dev.progeny.probes.launch;

import java.util.Set;

/** Starts commands as contained families. Thread-safe. */
public interface Launcher {

    /**
     * Starts {@code spec}. Returns once the command has been exec'd (or exec failed).
     *
     * @throws LaunchException with the OS's reason for a bad launch: empty argv, command not
     *                         found, not executable, missing working directory
     */
    Launch launch(LaunchSpec spec) throws LaunchException;

    /**
     * Pids of launched processes whose exit only their launch may collect: an orphan reaper
     * must leave these alone (see {@code Reaper#reapOrphans}).
     */
    Set<Integer> rootPids();
}
