package dev.progeny.probes.freebsd;

import com.sun.jna.Pointer;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.ProcessTable;
import dev.progeny.probes.launch.Container;
import dev.progeny.probes.launch.Containment;
import dev.progeny.probes.launch.LaunchException;
import dev.progeny.probes.launch.LaunchRegistry;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.launch.MembershipProbe;
import dev.progeny.probes.posix.ChildStdio;
import dev.progeny.probes.bsd.EnvironmentTagProbe;
import dev.progeny.probes.posix.PointerLaunch;
import dev.progeny.probes.posix.PointerLauncher;
import dev.progeny.probes.posix.SpawnPlan;
import dev.progeny.probes.posix.SpawnPlan.FileAction;
import dev.progeny.probes.terminate.SignalSender;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Starts commands on FreeBSD with {@code posix_spawnp} as {@link FreeBsdSpawnPlanner} plans
 * them, in a new process group (FreeBSD cannot start a session from posix_spawn). While Progeny
 * holds the procctl reaper, the launch's reaper subtree is its container: every process forked
 * under the root stays a member, whatever it does with its group or environment, and orphans
 * come back to Progeny.
 * Thread-safe. Compiled and planned on every OS, run only on FreeBSD (not verified on a live
 * kernel).
 */
public final class FreeBsdLauncher extends PointerLauncher {
    FreeBsdLauncher(FreeBsdLibc libc, FreeBsdProcessTable table, Optional<String> reaperMissing,
                    ReaperSubtrees subtrees, LaunchRegistry registry, SignalSender sender) {
        super(libc, new Hooks(libc, table, reaperMissing, subtrees, sender), registry);
    }

    private static final class Hooks implements PointerLaunch.Os {
        private final FreeBsdLibc libc;
        private final FreeBsdProcessTable table;
        private final Optional<String> reaperMissing;
        private final MembershipProbe probe;
        private final SignalSender sender;

        Hooks(FreeBsdLibc libc, FreeBsdProcessTable table, Optional<String> reaperMissing, ReaperSubtrees subtrees,
              SignalSender sender) {
            this.libc = libc;
            this.sender = sender;
            this.table = table;
            this.reaperMissing = reaperMissing;
            this.probe = new EnvironmentTagProbe(table::environment, subtrees::pids);
        }

        @Override
        public SpawnPlan plan(LaunchSpec spec, String id, Map<String, String> baseEnv, Optional<ChildStdio> stdio)
                throws LaunchException {
            return FreeBsdSpawnPlanner.plan(spec, id, baseEnv, stdio);
        }

        @Override
        public int addExtra(Pointer fileActions, FileAction action) {
            if (action instanceof FileAction.CloseFrom c) {
                try {
                    return libc.posix_spawn_file_actions_addclosefrom_np(fileActions, c.lowFd());
                } catch (UnsatisfiedLinkError e) {
                    // FBSD_1.7 symbol: without it the JVM's open files would leak into every child.
                    throw new UnsupportedOperationException("launching needs FreeBSD 13.1 or newer"
                            + " (posix_spawn_file_actions_addclosefrom_np)", e);
                }
            }
            throw new IllegalArgumentException(action + " does not exist on FreeBSD");
        }

        @Override
        public LaunchException failure(String step, int errno, SpawnPlan plan) {
            return FreeBsdSpawnPlanner.failure(step, errno, plan);
        }

        @Override
        public long startTime(int pid) {
            // KERN_PROC_PID may not find a child that already exited; the full table lists
            // zombies, and ours stays one until its launch reaps it.
            return table.process(pid).or(() -> table.listed(pid)).map(ProcessInfo::startTime).orElse(0L);
        }

        @Override
        public void containment(LaunchSpec spec, Set<Containment> inForce, Map<Containment, String> unavailable) {
            FreeBsdSpawnPlanner.containment(spec, reaperMissing, inForce, unavailable);
        }

        /**
         * The root is a direct child of Progeny, the reaper, so everything forked under it carries
         * the root's pid as its reaper subtree.
         */
        @Override
        public Optional<Container> container(ProcessKey root, Set<Containment> inForce) {
            return inForce.contains(Containment.REAPER) ? Optional.of(new Container.ReaperSubtree(root)) : Optional.empty();
        }

        @Override
        public MembershipProbe probe() {
            return probe;
        }

        @Override
        public SignalSender sender() {
            return sender;
        }

        @Override
        public ProcessTable table() {
            return table;
        }

        @Override
        public int eintr() {
            return FreeBsdConstants.EINTR;
        }
    }
}
