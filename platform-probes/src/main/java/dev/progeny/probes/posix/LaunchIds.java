package dev.progeny.probes.posix;

import dev.progeny.probes.launch.LaunchException;
import dev.progeny.probes.launch.LaunchSpec;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicLong;

/** Checks and ids every launcher needs before spawning. Pure apart from a directory test; every OS. */
public final class LaunchIds {
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private LaunchIds() {
    }

    /** The tag given in the spec (tests pass theirs) made unique, as on Linux; otherwise a fresh one. */
    public static String launchId(LaunchSpec spec) {
        String given = spec.environment().get(LaunchSpec.LAUNCH_TAG);
        String unique = ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
        return given == null ? unique : given + "." + unique;
    }

    /** Fails with BAD_DIRECTORY before spawning, so the error names the real cause. */
    public static void checkDirectory(LaunchSpec spec) throws LaunchException {
        if (spec.directory().isPresent() && !Files.isDirectory(spec.directory().get())) {
            throw new LaunchException(LaunchException.Reason.BAD_DIRECTORY,
                    "working directory does not exist: " + spec.directory().get());
        }
    }
}
