package dev.progeny.probes.launch;

/**
 * The mechanisms that keep a launched family findable. Each launch records which of them are
 * in force; the process group or session is the floor that always is.
 */
public enum Containment {
    /** The launch's own process group (always, unless it is a session). */
    PROCESS_GROUP,
    /** The launch's own session. */
    SESSION,
    /** Linux {@code PR_SET_CHILD_SUBREAPER}: orphans come back to Progeny, not to init. */
    SUBREAPER,
    /** FreeBSD {@code procctl(PROC_REAP_ACQUIRE)}: the same, the FreeBSD way. */
    REAPER,
    /** A cgroup v2 of the launch's own, entered before the command runs. */
    CGROUP,
    /** {@code PROGENY_LAUNCH=<id>} in the environment, readable from other processes. */
    ENVIRONMENT_TAG
}
