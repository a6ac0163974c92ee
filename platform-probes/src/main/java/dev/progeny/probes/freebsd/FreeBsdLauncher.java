package dev.progeny.probes.freebsd;

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
 * Starts commands on FreeBSD with {@code posix_spawnp} as {@link FreeBsdSpawnPlanner} plans
 * them. The family is the new process group, the launch's lineage and the environment tag; while
 * Progeny holds the reaper, orphans come back to it and stay findable. Thread-safe. Compiled
 * and planned on every OS, run only on FreeBSD (not verified on a live kernel).
 */
public final class FreeBsdLauncher implements Launcher {
    private final FreeBsdLibc libc;
    private final Hooks hooks;

    FreeBsdLauncher(FreeBsdLibc libc, FreeBsdProcessTable table, boolean reaperHeld, int self) {
        this.libc = libc;
        this.hooks = new Hooks(table, reaperHeld, self);
    }

    @Override
    public Launch launch(LaunchSpec spec) throws LaunchException {
        return PointerLaunch.start(libc, hooks, spec);
    }

    private final class Hooks implements PointerLaunch.Os {
        private final FreeBsdProcessTable table;
        private final boolean reaperHeld;
        private final int self;

        Hooks(FreeBsdProcessTable table, boolean reaperHeld, int self) {
            this.table = table;
            this.reaperHeld = reaperHeld;
            this.self = self;
        }

        @Override
        public SpawnPlan plan(LaunchSpec spec, String id, Map<String, String> baseEnv, Optional<ChildStdio> stdio)
                throws LaunchException {
            return FreeBsdSpawnPlanner.plan(spec, id, baseEnv, stdio);
        }

        @Override
        public int addExtra(Pointer fileActions, FileAction action) {
            if (action instanceof FileAction.CloseFrom c) {
                return libc.posix_spawn_file_actions_addclosefrom_np(fileActions, c.lowFd());
            }
            throw new IllegalArgumentException(action + " does not exist on FreeBSD");
        }

        @Override
        public LaunchException failure(String step, int errno, SpawnPlan plan) {
            return FreeBsdSpawnPlanner.failure(step, errno, plan);
        }

        @Override
        public long startTime(int pid) {
            // Our unreaped child is listed even once exited; 0 only if the sysctl itself failed.
            return table.process(pid).map(ProcessInfo::startTime).orElse(0L);
        }

        @Override
        public Set<Containment> containment(LaunchSpec spec) {
            Set<Containment> in = EnumSet.of(Containment.PROCESS_GROUP);
            if (reaperHeld && spec.containment().contains(Containment.REAPER)) {
                in.add(Containment.REAPER);
            }
            if (spec.containment().contains(Containment.ENVIRONMENT_TAG)) {
                in.add(Containment.ENVIRONMENT_TAG);
            }
            return in;
        }

        @Override
        public Family family(String id, LaunchSpec spec, ProcessKey root) {
            // Orphans go to Progeny while it holds the reaper, else to init.
            Set<Integer> adopters = reaperHeld ? Set.of(1, self) : Set.of(1);
            return new LineageFamily("launch " + id + " (" + String.join(" ", spec.argv()) + ")", root,
                    Isolation.PROCESS_GROUP, adopters, p -> CmdlineParser.variable(table.environment(p.pid()),
                            LaunchSpec.LAUNCH_TAG).equals(Optional.of(id)));
        }

        @Override
        public int eintr() {
            return FreeBsdConstants.EINTR;
        }
    }
}
