package dev.progeny.probes;

/**
 * The state of a process, in one vocabulary for every OS. Each platform maps its own codes
 * (Linux state letters, FreeBSD {@code ki_stat}, macOS {@code p_stat}) onto these.
 */
public enum ProcessState {
    RUNNING,
    SLEEPING,
    DISK_SLEEP,
    STOPPED,
    TRACED,
    ZOMBIE,
    DEAD,
    IDLE,
    UNKNOWN;

    /** Whether the process can still run code: zombies and dead processes cannot. */
    public boolean isAlive() {
        return this != ZOMBIE && this != DEAD;
    }
}
