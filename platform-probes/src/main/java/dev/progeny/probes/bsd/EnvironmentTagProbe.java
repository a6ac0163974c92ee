package dev.progeny.probes.bsd;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.launch.Container;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.launch.MembershipProbe;
import dev.progeny.probes.launch.TagReading;
import dev.progeny.probes.posix.CmdlineParser;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * A {@link MembershipProbe} for OSes without cgroups (FreeBSD, macOS): the launch tag comes from
 * the environment the OS reads for a pid (FreeBSD {@code KERN_PROC_ENV}, macOS
 * {@code KERN_PROCARGS2}); a container, if the OS has one (FreeBSD's reaper subtree), is read by
 * the OS's own reader. Thread-safe if the readers are.
 */
public final class EnvironmentTagProbe implements MembershipProbe {
    private final IntFunction<List<String>> environment;
    private final Function<Container, Collection<Integer>> containerPids;

    /** For an OS with no kind of container (macOS). */
    public EnvironmentTagProbe(IntFunction<List<String>> environment) {
        this(environment, container -> List.of());
    }

    /**
     * {@code environment} returns a pid's {@code NAME=value} strings, empty when unreadable;
     * {@code containerPids} the pids a container holds, none for a kind the OS has not.
     */
    public EnvironmentTagProbe(IntFunction<List<String>> environment,
                               Function<Container, Collection<Integer>> containerPids) {
        this.environment = environment;
        this.containerPids = containerPids;
    }

    @Override
    public TagReading launchTag(ProcessInfo process) {
        if (process.isZombie()) {
            return TagReading.UNREAD;
        }
        List<String> env = environment.apply(process.pid());
        return env.isEmpty() ? TagReading.UNREAD : TagReading.of(CmdlineParser.variable(env, LaunchSpec.LAUNCH_TAG));
    }

    @Override
    public Collection<Integer> containerPids(Container container) {
        return containerPids.apply(container);
    }
}
