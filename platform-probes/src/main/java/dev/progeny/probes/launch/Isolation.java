package dev.progeny.probes.launch;

/** Where a launched command starts: its own process group, or its own session (and group). */
public enum Isolation {
    /** {@code setpgid(0, 0)}: a new group in Progeny's session. */
    PROCESS_GROUP,
    /** {@code setsid()}: a new session whose leader is also a new group's leader. */
    SESSION
}
