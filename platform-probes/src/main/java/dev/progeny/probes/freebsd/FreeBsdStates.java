package dev.progeny.probes.freebsd;

import dev.progeny.probes.ProcessState;

/**
 * FreeBSD {@code ki_stat} (sys/sys/proc.h) to {@link ProcessState}. Pure; thread-safe. The
 * kernel derives the value in {@code fill_kinfo_thread} (sys/kern/kern_proc.c).
 */
public final class FreeBsdStates {
    private FreeBsdStates() {
    }

    public static ProcessState of(int stat) {
        return switch (stat) {
            // SIDL: being forked, about to run.
            case FreeBsdConstants.SIDL, FreeBsdConstants.SRUN -> ProcessState.RUNNING;
            // SLOCK: blocked on a kernel lock, a short sleep.
            case FreeBsdConstants.SSLEEP, FreeBsdConstants.SLOCK -> ProcessState.SLEEPING;
            case FreeBsdConstants.SSTOP -> ProcessState.STOPPED;
            case FreeBsdConstants.SZOMB -> ProcessState.ZOMBIE;
            // SWAIT: an interrupt thread waiting for its interrupt.
            case FreeBsdConstants.SWAIT -> ProcessState.IDLE;
            default -> ProcessState.UNKNOWN;
        };
    }
}
