package dev.progeny.probes.linux;

import dev.progeny.probes.ProcessState;

/** Linux state letters (fs/proc/array.c {@code task_state_array}; proc(5)) to {@link ProcessState}. */
public final class LinuxStates {
    private LinuxStates() {
    }

    public static ProcessState of(char letter) {
        return switch (letter) {
            case 'R' -> ProcessState.RUNNING;
            case 'S', 'W', 'K', 'P' -> ProcessState.SLEEPING;
            case 'D' -> ProcessState.DISK_SLEEP;
            case 'T' -> ProcessState.STOPPED;
            case 't' -> ProcessState.TRACED;
            case 'Z' -> ProcessState.ZOMBIE;
            case 'X', 'x' -> ProcessState.DEAD;
            case 'I' -> ProcessState.IDLE;
            default -> ProcessState.UNKNOWN;
        };
    }
}
