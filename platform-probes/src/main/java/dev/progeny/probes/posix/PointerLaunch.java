package dev.progeny.probes.posix;

import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.SignalTable;
import dev.progeny.probes.launch.Container;
import dev.progeny.probes.launch.Containment;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchException;
import dev.progeny.probes.launch.LaunchFamily;
import dev.progeny.probes.launch.LaunchRegistry;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.launch.MembershipProbe;
import dev.progeny.probes.launch.OutputLog;
import dev.progeny.probes.launch.OutputMode;
import java.io.IOException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The launch sequence FreeBSD and macOS share: check the directory, open capture pipes, plan,
 * spawn, drain, identify the root by pid and start time, register it, and hand back a
 * {@link PosixLaunch} whose family is a {@link LaunchFamily}. The OS supplies its plan, its
 * file actions, its errno mapping and its containment. Thread-safe.
 */
public final class PointerLaunch {
    /** What differs per OS. */
    public interface Os extends PointerSpawner.Os {
        SpawnPlan plan(LaunchSpec spec, String id, Map<String, String> baseEnv, Optional<ChildStdio> stdio)
                throws LaunchException;

        /** The start time of our own (unreaped) child, in the table's units. */
        long startTime(int pid);

        /** Fills in the mechanisms in force for {@code spec} and why the others asked for are not. */
        void containment(LaunchSpec spec, Set<Containment> inForce, Map<Containment, String> unavailable);

        /** What holds exactly the family of the launch rooted at {@code root}, if anything on this OS does. */
        default Optional<Container> container(ProcessKey root, Set<Containment> inForce) {
            return Optional.empty();
        }

        MembershipProbe probe();

        SignalTable signals();

        int eintr();
    }

    private PointerLaunch() {
    }

    public static Launch start(PointerSpawnLibc libc, Os os, LaunchRegistry registry, LaunchSpec spec)
            throws LaunchException {
        LaunchIds.checkDirectory(spec);
        String id = LaunchIds.launchId(spec);
        CapturePipes pipes;
        try {
            pipes = spec.output().captured() ? new CapturePipes(libc) : null;
        } catch (IOException e) {
            throw new LaunchException(LaunchException.Reason.OTHER, e.getMessage());
        }
        int pid;
        try {
            boolean merged = spec.output() == OutputMode.CAPTURE_MERGED;
            SpawnPlan plan = os.plan(spec, id, System.getenv(), Optional.ofNullable(pipes).map(p -> p.childStdio(merged)));
            pid = PointerSpawner.spawn(libc, os, plan);
        } catch (LaunchException | RuntimeException e) {
            if (pipes != null) {
                pipes.closeAll();
            }
            throw e;
        }
        ProcessKey root = new ProcessKey(pid, os.startTime(pid));
        Set<Containment> inForce = EnumSet.noneOf(Containment.class);
        Map<Containment, String> unavailable = new EnumMap<>(Containment.class);
        os.containment(spec, inForce, unavailable);
        registry.add(id, root, inForce.contains(Containment.REAPER));
        LaunchFamily family = new LaunchFamily(id, String.join(" ", spec.argv()), root, inForce,
                os.container(root, inForce), os.probe(), registry);
        OutputLog output = pipes != null ? new OutputLog(OutputLog.DEFAULT_CAPACITY, 2) : OutputLog.none();
        PosixLaunch launch = new PosixLaunch(new PosixLaunch.Parts(id, spec, root, inForce, unavailable, family, output),
                registry, os.signals());
        if (pipes != null) {
            pipes.startDraining(pid, output);
        }
        launch.startReaper(os.eintr());
        return launch;
    }
}
