package dev.progeny.probes.launch;

/** A launch that could not start, with the reason a user can act on. */
public final class LaunchException extends Exception {

    public enum Reason { EMPTY_COMMAND, NOT_FOUND, NOT_EXECUTABLE, BAD_DIRECTORY, OTHER }

    private final Reason reason;

    public LaunchException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
