package dev.progeny.probes.events;

import dev.progeny.probes.launch.ExitStatus;

/**
 * How many ended processes ended which way: exit 0, a non-zero exit, death by a signal, or
 * unknown (the source could not tell, e.g. polling). Immutable; every OS.
 */
public record Outcomes(int succeeded, int failed, int killed, int unknown) {
    public static final Outcomes NONE = new Outcomes(0, 0, 0, 0);

    /** Every ended process counted here. */
    public int total() {
        return succeeded + failed + killed + unknown;
    }

    /** These counts and one more process that ended with {@code status} (null: unknown). */
    Outcomes plus(ExitStatus status) {
        return switch (status) {
            case null -> new Outcomes(succeeded, failed, killed, unknown + 1);
            case ExitStatus.Unknown u -> new Outcomes(succeeded, failed, killed, unknown + 1);
            case ExitStatus.Exited e when e.code() == 0 -> new Outcomes(succeeded + 1, failed, killed, unknown);
            case ExitStatus.Exited e -> new Outcomes(succeeded, failed + 1, killed, unknown);
            case ExitStatus.Killed k -> new Outcomes(succeeded, failed, killed + 1, unknown);
        };
    }

    /** These counts less one process that ended with {@code status}: it moved to another launch. */
    Outcomes minus(ExitStatus status) {
        Outcomes one = NONE.plus(status);
        return new Outcomes(succeeded - one.succeeded, failed - one.failed, killed - one.killed,
                unknown - one.unknown);
    }
}
