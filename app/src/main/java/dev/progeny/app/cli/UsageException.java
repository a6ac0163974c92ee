package dev.progeny.app.cli;

/** Bad input found after parsing (e.g. no such process): a one-line message and exit status 2. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
