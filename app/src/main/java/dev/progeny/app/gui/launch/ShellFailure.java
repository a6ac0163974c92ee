package dev.progeny.app.gui.launch;

import dev.progeny.probes.launch.ExitStatus;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.OutputLog;
import java.time.Duration;
import java.util.Optional;

/**
 * Tells, for a shell-mode launch, whether the shell gave up on the command at once (not found,
 * not executable) and what it said on stderr. Blocking: call it off the FX thread. Thread-safe.
 */
final class ShellFailure {
    /** A shell that cannot find the command exits at once; wait this long to tell the user. */
    private static final Duration WINDOW = Duration.ofSeconds(2);

    private ShellFailure() {
    }

    /** The error for the launch bar, or empty when the command is running or ended its own way. */
    static Optional<String> await(Launch launch) throws InterruptedException {
        Optional<ExitStatus> status = launch.waitFor(WINDOW);
        if (status.isEmpty()) {
            return Optional.empty();
        }
        launch.output().awaitFinished(WINDOW);
        String stderr = launch.output().text(OutputLog.Stream.STDERR).strip();
        Optional<String> lastLine = stderr.isEmpty() ? Optional.empty()
                : Optional.of(stderr.substring(stderr.lastIndexOf('\n') + 1));
        return LaunchErrors.shellFailure(status.get(), lastLine);
    }
}
