package dev.progeny.probes.posix;

import dev.progeny.probes.bsd.BsdSpawnLibc;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchException;
import dev.progeny.probes.launch.LaunchRegistry;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.launch.Launcher;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A launcher that starts commands through {@link PointerLaunch}: FreeBSD's and macOS's, which
 * differ only in the {@link PointerLaunch.Os} hooks they pass in. Keeps the launches not yet
 * closed. Thread-safe.
 */
public abstract class PointerLauncher implements Launcher {
    private final BsdSpawnLibc libc;
    private final PointerLaunch.Os hooks;
    private final LaunchRegistry registry;
    private final List<Launch> started = new CopyOnWriteArrayList<>();

    protected PointerLauncher(BsdSpawnLibc libc, PointerLaunch.Os hooks, LaunchRegistry registry) {
        this.libc = libc;
        this.hooks = hooks;
        this.registry = registry;
    }

    /** Every launch not yet closed; its root pids must be left to their launch by an orphan reaper. */
    public final LaunchRegistry registry() {
        return registry;
    }

    @Override
    public final Launch launch(LaunchSpec spec) throws LaunchException {
        Launch launch = PointerLaunch.start(libc, hooks, registry, spec);
        started.add(launch);
        return launch;
    }

    @Override
    public final Set<Integer> rootPids() {
        return registry.rootPids();
    }

    @Override
    public final List<Launch> launches() {
        started.removeIf(l -> !registry.isOpen(l.id()));
        return List.copyOf(started);
    }
}
