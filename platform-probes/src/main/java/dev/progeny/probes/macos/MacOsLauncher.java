package dev.progeny.probes.macos;

import com.sun.jna.Pointer;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessTable;
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
 * Starts commands on macOS with {@code posix_spawnp} as {@link MacOsSpawnPlanner} plans them.
 * macOS has no subreaper: orphans go to launchd (pid 1) and cannot be adopted. The family is the
 * new group or session, the lineage remembered across snapshots and the environment tag.
 * Thread-safe. Compiled and planned on every OS, run only on macOS (not verified on a live
 * kernel).
 */
public final class MacOsLauncher extends PointerLauncher {
    MacOsLauncher(MacOsLibc libc, MacOsProcessTable table, LaunchRegistry registry, SignalSender sender) {
        super(libc, new Hooks(libc, table, sender), registry);
    }

    private static final class Hooks implements PointerLaunch.Os {
        private final MacOsLibc libc;
        private final MacOsProcessTable table;
        private final MembershipProbe probe;
        private final SignalSender sender;

        Hooks(MacOsLibc libc, MacOsProcessTable table, SignalSender sender) {
            this.libc = libc;
            this.sender = sender;
            this.table = table;
            this.probe = new EnvironmentTagProbe(table::environment);
        }

        @Override
        public SpawnPlan plan(LaunchSpec spec, String id, Map<String, String> baseEnv, Optional<ChildStdio> stdio)
                throws LaunchException {
            return MacOsSpawnPlanner.plan(spec, id, baseEnv, stdio);
        }

        @Override
        public int addExtra(Pointer fileActions, FileAction action) {
            if (action instanceof FileAction.Inherit i) {
                return libc.posix_spawn_file_actions_addinherit_np(fileActions, i.fd());
            }
            throw new IllegalArgumentException(action + " does not exist on macOS");
        }

        @Override
        public LaunchException failure(String step, int errno, SpawnPlan plan) {
            return MacOsSpawnPlanner.failure(step, errno, plan);
        }

        @Override
        public long startTime(int pid) {
            // Our unreaped child is listed even once exited (kern.proc covers zombies).
            return table.process(pid).map(ProcessInfo::startTime).orElse(0L);
        }

        @Override
        public void containment(LaunchSpec spec, Set<Containment> inForce, Map<Containment, String> unavailable) {
            MacOsSpawnPlanner.containment(spec, inForce, unavailable);
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
            return MacOsConstants.EINTR;
        }
    }
}
