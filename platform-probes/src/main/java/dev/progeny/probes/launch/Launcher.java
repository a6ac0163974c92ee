package dev.progeny.probes.launch;

import java.util.List;
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
     * Pids of launched processes whose exit status their launch has not collected yet. An orphan
     * reaper must never reap these (the launch would lose its status), so it excludes them.
     */
    Set<Integer> rootPids();

    /** The launches started here and not yet closed, oldest first. */
    List<Launch> launches();
}
