package dev.progeny.probes.posix;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.launch.MembershipProbe;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * A {@link MembershipProbe} for OSes without cgroups (FreeBSD, macOS): the launch tag comes from
 * the environment the OS reads for a pid (FreeBSD {@code KERN_PROC_ENV}, macOS
 * {@code KERN_PROCARGS2}); no process is ever in a cgroup. Thread-safe if the reader is.
 */
public final class EnvironmentTagProbe implements MembershipProbe {
    private final IntFunction<List<String>> environment;

    /** {@code environment} returns a pid's {@code NAME=value} strings, empty when unreadable. */
    public EnvironmentTagProbe(IntFunction<List<String>> environment) {
        this.environment = environment;
    }

    @Override
    public Optional<String> launchTag(ProcessInfo process) {
        if (process.isZombie()) {
            return Optional.empty();
        }
        return CmdlineParser.variable(environment.apply(process.pid()), LaunchSpec.LAUNCH_TAG);
    }

    @Override
    public Collection<Integer> cgroupPids(Path cgroup) {
        return List.of();
    }
}
