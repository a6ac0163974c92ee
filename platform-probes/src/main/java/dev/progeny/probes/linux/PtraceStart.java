package dev.progeny.probes.linux;

/**
 * How a traced launch's root is held before it can fork: it is started as {@code /bin/sh -c
 * '…kill -STOP $$; exec "$@"'}, so it stops itself before running anything of the command's; the
 * {@link Tracer} then seizes the stopped shell and continues it, and the first thing recorded is
 * the exec of the command (docs/decisions/0011). Linux. Constants only.
 */
public final class PtraceStart {
    /** The hold, placed in a wrapper script just before its final {@code exec "$@"}. */
    public static final String HOLD = "kill -STOP $$; ";

    private PtraceStart() {
    }
}
