package dev.progeny.app.gui.launch;

import dev.progeny.probes.launch.ExitStatus;
import dev.progeny.probes.launch.LaunchException;
import java.util.Optional;

/**
 * Turns whatever went wrong with a launch into one line for the user, never a stack trace. Pure and
 * thread-safe; every OS.
 */
public final class LaunchErrors {
    /** POSIX shells exit 126 when a command is found but cannot run (XCU 2.8.2). */
    private static final int SHELL_NOT_EXECUTABLE = 126;
    /** ... and 127 when it is not found. */
    private static final int SHELL_NOT_FOUND = 127;

    private LaunchErrors() {
    }

    public static String message(Throwable failure) {
        if (failure instanceof LaunchException e) {
            String detail = e.getMessage() == null ? "" : e.getMessage();
            return switch (e.reason()) {
                case EMPTY_COMMAND -> "Type a command to launch.";
                case NOT_FOUND -> "Command not found: " + detail;
                case NOT_EXECUTABLE -> "Not executable: " + detail;
                case BAD_DIRECTORY -> "No such working directory: " + detail;
                case OTHER -> "Could not launch: " + detail;
            };
        }
        if (failure instanceof CommandSyntaxException e) {
            return "Cannot split the command: " + e.getMessage();
        }
        String detail = failure.getMessage();
        return "Could not launch: " + (detail == null ? failure.getClass().getSimpleName() : detail);
    }

    /** An error that arrives once the field holds something else: "“cmd”: message". */
    public static String forCommand(String command, String message) {
        return "\u201C" + command + "\u201D: " + message;
    }

    /**
     * The error to show when a shell-mode launch ended at once with the shell's own "cannot
     * run it" status; empty for any other ending (the command's own exit code is its business).
     */
    public static Optional<String> shellFailure(ExitStatus status, Optional<String> lastErrorLine) {
        if (!(status instanceof ExitStatus.Exited(int code))
                || (code != SHELL_NOT_FOUND && code != SHELL_NOT_EXECUTABLE)) {
            return Optional.empty();
        }
        String fallback = code == SHELL_NOT_FOUND ? "command not found" : "command cannot be executed";
        return Optional.of("The shell could not run it (exit " + code + "): "
                + lastErrorLine.filter(l -> !l.isBlank()).orElse(fallback));
    }
}
