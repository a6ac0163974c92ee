package dev.progeny.probes;

/**
 * One thing a platform may or may not be able to do. The app shows or greys out the matching
 * actions from {@link Capabilities} instead of offering buttons that cannot work. Every OS;
 * immutable.
 */
public enum Capability {
    /** Start a command as the leader of a new session (not only a new process group). */
    NEW_SESSION("start a command in a new session"),
    /** Orphaned descendants come back to Progeny (Linux subreaper, FreeBSD reaper), not to init. */
    ORPHAN_ADOPTION("adopt orphaned descendants"),
    /** End a whole cgroup v2 at once, escapees included ({@code cgroup.kill}). */
    CGROUP_KILL("kill a whole cgroup at once"),
    /** Signal through a pidfd, so a reused pid can never be hit. */
    PIDFD("signal through pidfds"),
    /** Read the {@code PROGENY_LAUNCH} tag from the environment of one's own processes. */
    ENVIRONMENT_TAG("read the launch tag from other processes' environment"),
    /** Read the command line of other users' processes. */
    OTHER_USERS_ARGV("read other users' command lines");

    private final String description;

    Capability(String description) {
        this.description = description;
    }

    /** What the capability lets Progeny do, for tooltips and {@code progeny} output. */
    public String description() {
        return description;
    }
}
