package dev.progeny.probes.macos;

import com.sun.jna.Pointer;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.SignalTable;
import dev.progeny.probes.launch.Containment;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchException;
import dev.progeny.probes.launch.LaunchRegistry;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.launch.Launcher;
import dev.progeny.probes.launch.MembershipProbe;
import dev.progeny.probes.posix.ChildStdio;
import dev.progeny.probes.posix.EnvironmentTagProbe;
import dev.progeny.probes.posix.PointerLaunch;
import dev.progeny.probes.posix.SpawnPlan;
import dev.progeny.probes.posix.SpawnPlan.FileAction;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Starts commands on macOS with {@code posix_spawnp} as {@link MacOsSpawnPlanner} plans them.
 * macOS has no subreaper: orphans go to launchd (pid 1) and cannot be adopted. The family is the
 * new group or session, the lineage remembered across snapshots and the environment tag.
 * Thread-safe. Compiled and planned on every OS, run only on macOS (not verified on a live
 * kernel).
 */
public final class MacOsLauncher implements Launcher {
    private final MacOsLibc libc;
    private final LaunchRegistry registry;
    private final List<Launch> started = new CopyOnWriteArrayList<>();
    private final Hooks hooks;

    MacOsLauncher(MacOsLibc libc, MacOsProcessTable table, LaunchRegistry registry) {
        this.libc = libc;
        this.registry = registry;
        this.hooks = new Hooks(table);
    }

    /** Every launch not yet closed; its root pids must be left to their launch by an orphan reaper. */
    public LaunchRegistry registry() {
        return registry;
    }

    @Override
    public Launch launch(LaunchSpec spec) throws LaunchException {
        Launch launch = PointerLaunch.start(libc, hooks, registry, spec);
        started.add(launch);
        return launch;
    }

    @Override
    public Set<Integer> rootPids() {
        return registry.rootPids();
    }

    @Override
    public List<Launch> launches() {
        started.removeIf(l -> !registry.isOpen(l.id()));
        return List.copyOf(started);
    }

    private final class Hooks implements PointerLaunch.Os {
        private final MacOsProcessTable table;
        private final MembershipProbe probe;

        Hooks(MacOsProcessTable table) {
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
        public SignalTable signals() {
            return MacOsSignals.TABLE;
        }

        @Override
        public int eintr() {
            return MacOsConstants.EINTR;
        }
    }
}
