package dev.progeny.probes.posix;

import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.launch.Containment;
import dev.progeny.probes.launch.Family;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchException;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.launch.OutputMode;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The launch sequence FreeBSD and macOS share: check the directory, open capture pipes, plan,
 * spawn, drain, identify the root by pid and start time, and hand back a {@link SpawnedLaunch}.
 * The OS supplies its plan, its file actions, its errno mapping and its family. Thread-safe.
 */
public final class PointerLaunch {
    /** What differs per OS. */
    public interface Os extends PointerSpawner.Os {
        SpawnPlan plan(LaunchSpec spec, String id, Map<String, String> baseEnv, Optional<ChildStdio> stdio)
                throws LaunchException;

        /** The start time of our own (unreaped) child, in the table's units. */
        long startTime(int pid);

        /** The containment mechanisms in force for a launch of {@code spec}. */
        Set<Containment> containment(LaunchSpec spec);

        Family family(String id, LaunchSpec spec, ProcessKey root);

        int eintr();
    }

    private PointerLaunch() {
    }

    public static Launch start(PointerSpawnLibc libc, Os os, LaunchSpec spec) throws LaunchException {
        LaunchIds.checkDirectory(spec);
        String id = LaunchIds.launchId(spec);
        CapturePipes pipes;
        try {
            pipes = spec.output() == OutputMode.CAPTURE ? new CapturePipes(libc) : null;
        } catch (IOException e) {
            throw new LaunchException(LaunchException.Reason.OTHER, e.getMessage());
        }
        int pid;
        try {
            SpawnPlan plan = os.plan(spec, id, System.getenv(), Optional.ofNullable(pipes).map(CapturePipes::childStdio));
            pid = PointerSpawner.spawn(libc, os, plan);
        } catch (LaunchException e) {
            if (pipes != null) {
                pipes.closeAll();
            }
            throw e;
        }
        Optional<CapturedOutput> output = Optional.ofNullable(pipes).map(p -> p.startDraining(pid));
        ProcessKey root = new ProcessKey(pid, os.startTime(pid));
        return new SpawnedLaunch(id, spec, root, os.containment(spec), os.family(id, spec, root), output, os.eintr());
    }
}
