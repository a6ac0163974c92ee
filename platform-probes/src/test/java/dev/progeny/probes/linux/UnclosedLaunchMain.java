package dev.progeny.probes.linux;

import dev.progeny.probes.launch.Containment;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchSpec;
import java.util.EnumSet;

/**
 * A JVM that launches {@code true} in a cgroup of its own, prints the cgroup (or "none"), waits
 * for it and exits without closing the launch: what a careless caller does.
 */
public final class UnclosedLaunchMain {
    private UnclosedLaunchMain() {
    }

    public static void main(String[] args) throws Exception {
        LaunchSpec spec = LaunchSpec.of("true").withEnvironment(LaunchSpec.LAUNCH_TAG, args[0])
                .withContainment(EnumSet.of(Containment.CGROUP));
        Launch launch = LinuxLaunching.launcher().launch(spec);
        System.out.println(launch.family().cgroup().map(Object::toString).orElse("none"));
        launch.waitFor();
    }
}
