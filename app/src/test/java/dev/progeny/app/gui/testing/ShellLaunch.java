package dev.progeny.app.gui.testing;

import dev.progeny.probes.Platform;
import dev.progeny.probes.launch.Isolation;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchException;
import dev.progeny.probes.launch.LaunchSpec;

/** Starts a test script with the real launcher, in a new session, tagged with the test's tag. Linux. */
public final class ShellLaunch {
    private ShellLaunch() {
    }

    /** {@code sh -c script} in a new session; the tag prefixes the launch id in every member's environment. */
    public static Launch start(String tag, String script) throws LaunchException {
        return Platform.current().launcher().launch(LaunchSpec.of("sh", "-c", script)
                .withIsolation(Isolation.SESSION).withEnvironment(LaunchSpec.LAUNCH_TAG, tag));
    }
}
