package dev.progeny.probes.launch;

/** Starts commands as contained families. Thread-safe. */
public interface Launcher {

    /**
     * Starts {@code spec}. Returns once the command has been exec'd (or exec failed).
     *
     * @throws LaunchException with the OS's reason for a bad launch: empty argv, command not
     *                         found, not executable, missing working directory
     */
    Launch launch(LaunchSpec spec) throws LaunchException;
}
