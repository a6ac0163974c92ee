package dev.progeny.probes.posix;

import dev.progeny.probes.launch.LaunchException;
import dev.progeny.probes.launch.LaunchSpec;
import java.nio.file.Files;
import java.util.UUID;

/** Checks and ids every launcher needs before spawning. Pure apart from a directory test; every OS. */
public final class LaunchIds {
    private LaunchIds() {
    }

    /** The launch id: the spec's own {@code PROGENY_LAUNCH} value if it sets one, else a fresh one. */
    public static String launchId(LaunchSpec spec) {
        return spec.environment().getOrDefault(LaunchSpec.LAUNCH_TAG, UUID.randomUUID().toString().substring(0, 13));
    }

    /** Fails with BAD_DIRECTORY before spawning, so the error names the real cause. */
    public static void checkDirectory(LaunchSpec spec) throws LaunchException {
        if (spec.directory().isPresent() && !Files.isDirectory(spec.directory().get())) {
            throw new LaunchException(LaunchException.Reason.BAD_DIRECTORY,
                    "working directory does not exist: " + spec.directory().get());
        }
    }
}
