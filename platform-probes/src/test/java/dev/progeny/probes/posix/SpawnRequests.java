package dev.progeny.probes.posix;

import dev.progeny.probes.launch.LaunchSpec;
import java.nio.file.Path;
import java.util.List;

/** Spawn requests for the planner tests: the spec's command as if resolved to {@code /bin}. */
public final class SpawnRequests {
    private SpawnRequests() {
    }

    public static SpawnRequest of(LaunchSpec spec, List<String> envp, SpawnRequest.Stdio stdio) {
        return new SpawnRequest(Path.of("/bin/" + spec.argv().getFirst()), spec.argv(), envp, spec.directory(),
                spec.isolation(), stdio);
    }

    /** With the output inherited and no foreground hand-over. */
    public static SpawnRequest of(LaunchSpec spec, List<String> envp) {
        return of(spec, envp, new SpawnRequest.Stdio.Inherited(false));
    }
}
