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
    default Launch launch(LaunchSpec spec) throws LaunchException {
        return launch(spec, OutputLog.Listener.NONE);
    }

    /**
     * Starts {@code spec}, with {@code output} told of every captured chunk from the first byte
     * (it listens before the pipes are read). The launch's {@link OutputLog} keeps only its newest
     * bytes, so a listener added once the launch is running may find the earliest output gone.
     */
    Launch launch(LaunchSpec spec, OutputLog.Listener output) throws LaunchException;

    /**
     * Pids of launched processes whose exit status their launch has not collected yet. An orphan
     * reaper must never reap these (the launch would lose its status), so it excludes them.
     */
    Set<Integer> rootPids();

    /** The launches started here and not yet closed, oldest first. */
    List<Launch> launches();
}
