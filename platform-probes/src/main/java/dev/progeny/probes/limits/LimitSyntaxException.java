package dev.progeny.probes.limits;

/** A limit that could not be read: the message is one line saying what was expected. */
public final class LimitSyntaxException extends IllegalArgumentException {
    public LimitSyntaxException(String message) {
        super(message);
    }
}
