package dev.progeny.probes.posix;

import dev.progeny.probes.launch.LaunchSpec;
import java.util.concurrent.atomic.AtomicLong;

/** Launch ids, the value of {@code PROGENY_LAUNCH} in a launch's members. Every OS; thread-safe. */
final class LaunchIds {
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private LaunchIds() {
    }

    /** The tag given in the spec (tests pass theirs) made unique, as on Linux; otherwise a fresh one. */
    static String launchId(LaunchSpec spec) {
        String given = spec.environment().get(LaunchSpec.LAUNCH_TAG);
        String unique = ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
        return given == null ? unique : given + "." + unique;
    }
}
