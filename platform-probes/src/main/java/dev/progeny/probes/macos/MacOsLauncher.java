package dev.progeny.probes.macos;

import com.sun.jna.Pointer;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.launch.Containment;
import dev.progeny.probes.launch.Family;
import dev.progeny.probes.launch.Isolation;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchException;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.launch.Launcher;
import dev.progeny.probes.launch.LineageFamily;
import dev.progeny.probes.posix.ChildStdio;
import dev.progeny.probes.posix.CmdlineParser;
import dev.progeny.probes.posix.PointerLaunch;
import dev.progeny.probes.posix.SpawnPlan;
import dev.progeny.probes.posix.SpawnPlan.FileAction;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Starts commands on macOS with {@code posix_spawnp} as {@link MacOsSpawnPlanner} plans them.
 * macOS has no subreaper: orphans go to launchd (pid 1) and cannot be adopted. The family is the
 * new group or session, the lineage remembered across snapshots, and the environment tag of
 * processes re-parented to launchd. Thread-safe. Compiled and planned on every OS, run only on
 * macOS (not verified on a live kernel).
 */
public final class MacOsLauncher implements Launcher {
    private final MacOsLibc libc;
    private final Hooks hooks;

    MacOsLauncher(MacOsLibc libc, MacOsProcessTable table) {
        this.libc = libc;
        this.hooks = new Hooks(table);
    }

    @Override
    public Launch launch(LaunchSpec spec) throws LaunchException {
        return PointerLaunch.start(libc, hooks, spec);
    }

    private final class Hooks implements PointerLaunch.Os {
        private final MacOsProcessTable table;

        Hooks(MacOsProcessTable table) {
            this.table = table;
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
        public Set<Containment> containment(LaunchSpec spec) {
            Set<Containment> in = EnumSet.of(spec.isolation() == Isolation.SESSION
                    ? Containment.SESSION : Containment.PROCESS_GROUP);
            if (spec.containment().contains(Containment.ENVIRONMENT_TAG)) {
                in.add(Containment.ENVIRONMENT_TAG);
            }
            return in;
        }

        @Override
        public Family family(String id, LaunchSpec spec, ProcessKey root) {
            return new LineageFamily("launch " + id + " (" + String.join(" ", spec.argv()) + ")", root,
                    spec.isolation(), Set.of(1), p -> CmdlineParser.variable(table.environment(p.pid()),
                            LaunchSpec.LAUNCH_TAG).equals(Optional.of(id)));
        }

        @Override
        public int eintr() {
            return MacOsConstants.EINTR;
        }
    }
}
