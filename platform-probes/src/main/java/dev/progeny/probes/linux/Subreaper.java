package dev.progeny.probes.linux;

import com.sun.jna.Native;
import java.util.Optional;

/**
 * Makes Progeny a child subreaper (prctl(2) {@code PR_SET_CHILD_SUBREAPER}, Linux 3.4+), once,
 * so orphans of its launches are re-parented to it instead of to init. It lasts for the life of
 * the process and cannot be scoped to one launch; adopted orphans must then be reaped by
 * Progeny (see {@code LaunchRegistry#rootPids()}). Thread-safe.
 */
final class Subreaper {
    private static String failure;
    private static boolean done;

    private Subreaper() {
    }

    /** Empty when Progeny is a subreaper; otherwise the reason it could not become one. */
    static synchronized Optional<String> ensure() {
        if (!done) {
            done = true;
            if (LinuxSpawnLibc.INSTANCE.prctl(LinuxSpawnLibc.PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0) {
                failure = "prctl(PR_SET_CHILD_SUBREAPER): " + LinuxErrors.describe(Native.getLastError());
            }
        }
        return Optional.ofNullable(failure);
    }
}
