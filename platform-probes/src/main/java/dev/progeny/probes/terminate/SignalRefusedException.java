package dev.progeny.probes.terminate;

/** A request that {@link SignalGuard} refuses as a whole (e.g. "kill pid 1's tree"); nothing was sent. */
public final class SignalRefusedException extends Exception {
    public SignalRefusedException(String message) {
        super(message);
    }
}
