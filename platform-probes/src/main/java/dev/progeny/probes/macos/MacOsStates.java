package dev.progeny.probes.macos;

import dev.progeny.probes.ProcessState;

/** macOS {@code p_stat} (xnu bsd/sys/proc.h) to {@link ProcessState}. Pure; thread-safe. */
public final class MacOsStates {
    private MacOsStates() {
    }

    public static ProcessState of(int stat) {
        return switch (stat) {
            // SIDL: being created by fork, about to run.
            case MacOsConstants.SIDL, MacOsConstants.SRUN -> ProcessState.RUNNING;
            case MacOsConstants.SSLEEP -> ProcessState.SLEEPING;
            case MacOsConstants.SSTOP -> ProcessState.STOPPED;
            case MacOsConstants.SZOMB -> ProcessState.ZOMBIE;
            default -> ProcessState.UNKNOWN;
        };
    }
}
