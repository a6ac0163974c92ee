package dev.progeny.probes.posix;

import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.ProcessTable;
import dev.progeny.probes.Signal;
import dev.progeny.probes.launch.Container;
import dev.progeny.probes.launch.Containment;
import dev.progeny.probes.launch.ExitStatus;
import dev.progeny.probes.launch.Isolation;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchException;
import dev.progeny.probes.launch.LaunchFamily;
import dev.progeny.probes.launch.LaunchRegistry;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.launch.Launcher;
import dev.progeny.probes.launch.OutputLog;
import dev.progeny.probes.launch.OutputMode;
import dev.progeny.probes.limits.LimitEvent;
import dev.progeny.probes.terminate.SignalSender;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The one launch sequence, for Linux, FreeBSD and macOS alike: resolve (directory and command,
 * with the OS's own reasons), plan (containment, limits, pre-exec steps, the OS's spawn
 * settings), spawn and register as one step (so no orphan reaper ever sees an unregistered root),
 * watch (the root is reaped by its {@link RootWatch} only), close. The OS's parts are its
 * {@link LaunchBinding}. {@code PROGENY_LAUNCH=<id>} is exported to every launch; a tag given in
 * the spec's environment becomes the prefix of the id. Thread-safe.
 */
public final class PosixLauncher implements Launcher {
    private final LaunchBinding os;
    private final LaunchRegistry registry;
    private final ProcessTable table;
    private final SignalSender sender;
    private final RootWatch watch;
    private final CommandResolver resolver;
    private final List<Launch> open = new CopyOnWriteArrayList<>();

    /** A launcher whose launches signal through {@code sender} and are watched by a {@link RootWaiter}. */
    public PosixLauncher(LaunchBinding os, LaunchRegistry registry, ProcessTable table, SignalSender sender) {
        this(os, registry, table, sender, new RootWaiter());
    }

    public PosixLauncher(LaunchBinding os, LaunchRegistry registry, ProcessTable table, SignalSender sender,
                         RootWatch watch) {
        this.os = os;
        this.registry = registry;
        this.table = table;
        this.sender = sender;
        this.watch = watch;
        this.resolver = new CommandResolver(os.errors());
    }

    /** Every launch this Progeny made that is not closed; see {@link LaunchRegistry#rootPids()}. */
    public LaunchRegistry registry() {
        return registry;
    }

    @Override
    public List<Launch> launches() {
        return List.copyOf(open);
    }

    /** Launch roots not reaped yet, and whatever the watch waits for itself (a tracer's tracees). */
    @Override
    public Set<Integer> rootPids() {
        Set<Integer> waited = watch.waitedFor();
        if (waited.isEmpty()) {
            return registry.rootPids();
        }
        Set<Integer> pids = new HashSet<>(registry.rootPids());
        pids.addAll(waited);
        return Set.copyOf(pids);
    }

    /** The watch of this launcher's roots (an orphan reaper leaves {@link RootWatch#waitedFor} alone). */
    public RootWatch watch() {
        return watch;
    }

    @Override
    public Launch launch(LaunchSpec spec, OutputLog.Listener output) throws LaunchException {
        if (spec.argv().isEmpty()) {
            throw new LaunchException(LaunchException.Reason.EMPTY_COMMAND, "no command given");
        }
        String id = LaunchIds.launchId(spec);
        Path workDir = spec.directory().orElse(Path.of("").toAbsolutePath());
        if (spec.directory().isPresent()) {
            resolver.checkDirectory(workDir);
        }
        String pathVariable = spec.environment().getOrDefault("PATH", System.getenv("PATH"));
        Path executable = resolver.resolve(spec.argv().getFirst(), Optional.ofNullable(pathVariable), workDir);
        LaunchBinding.Contained contained = os.containing().contain(spec, id);
        try {
            return start(spec, id, executable, contained, output);
        } catch (LaunchException | RuntimeException e) {
            release(contained, true);
            throw e;
        }
    }

    /** The limits first: they read what bit a last time, from cgroups the containment may remove. */
    private void release(LaunchBinding.Contained contained, boolean now) {
        contained.limits().release(now);
        os.containing().release(contained, now);
    }

    private Launch start(LaunchSpec spec, String id, Path executable, LaunchBinding.Contained contained,
                         OutputLog.Listener listener) throws LaunchException {
        boolean capture = spec.output().captured();
        // A new session has no controlling terminal, so only a group can take the foreground.
        Optional<Terminal> terminal = !capture && spec.isolation() == Isolation.PROCESS_GROUP
                && Terminal.progenyHasForeground() ? Optional.of(os.terminal()) : Optional.empty();
        boolean stoppedStart = watch.stoppedStart(spec) || terminal.isPresent() && !os.foregroundInChild();
        List<ExecWrapper.PreExec> steps = new ArrayList<>(os.containing().preExec(contained));
        steps.addAll(contained.limits().steps());
        if (stoppedStart) {
            steps.add(ExecWrapper.PreExec.STOP);
        }
        Path file = steps.isEmpty() ? executable : Path.of(ExecWrapper.SHELL);
        List<String> argv = steps.isEmpty() ? spec.argv() : ExecWrapper.wrap(steps, executable.toString(), spec.argv());
        OutputPipes pipes = null;
        try {
            pipes = capture ? new OutputPipes(os.errors().eintr()) : null;
            SpawnRequest.Stdio stdio = pipes != null ? pipes.childStdio(spec.output() == OutputMode.CAPTURE_MERGED)
                    : new SpawnRequest.Stdio.Inherited(terminal.isPresent() && os.foregroundInChild());
            SpawnPlan plan = os.planner().plan(new SpawnRequest(file, argv, LaunchEnvironment.envp(System.getenv(), spec, id),
                    spec.directory(), spec.isolation(), stdio));
            Registered root = registry.registering(() -> register(id, plan, contained));
            PosixLaunch launch = launch(spec, id, root, contained, capture);
            if (pipes != null) {
                launch.output().addListener(listener);
                pipes.start(launch.output(), "progeny-" + root.key().pid());
            }
            watch.watch(new RootWatch.Root(id, spec, root.key(), root.status(), stoppedStart, terminal, os.errors(),
                    () -> launch.signalGroup(Signal.CONT))).ifPresent(launch::recordedBy);
            return launch;
        } catch (ErrnoException e) {
            if (pipes != null) {
                pipes.abandon();
            }
            throw os.errors().failure(spec.argv().getFirst(), e);
        }
    }

    /** The root, its container and its status, from the spawn-and-register step. */
    private record Registered(ProcessKey key, Optional<Container> container, RootStatus status) {
    }

    /** Spawns and registers the root before anything can reap it (see {@link LaunchRegistry#registering}). */
    private Registered register(String id, SpawnPlan plan, LaunchBinding.Contained contained) throws ErrnoException {
        int pid = os.spawner().spawn(plan);
        ProcessKey key = new ProcessKey(pid, os.startTime().applyAsLong(pid));
        Optional<Container> container = os.containing().container(key, contained);
        registry.add(id, key, container);
        return new Registered(key, container, new RootStatus(registry, id));
    }

    private PosixLaunch launch(LaunchSpec spec, String id, Registered root, LaunchBinding.Contained contained,
                               boolean capture) {
        Set<Containment> inForce = EnumSet.of(
                spec.isolation() == Isolation.SESSION ? Containment.SESSION : Containment.PROCESS_GROUP);
        inForce.addAll(contained.inForce());
        LaunchFamily family = new LaunchFamily(id, String.join(" ", spec.argv()), root.key(), inForce,
                root.container(), os.probe(), registry, root.status()::reaped);
        OutputLog output = capture ? new OutputLog(OutputLog.DEFAULT_CAPACITY, 2) : OutputLog.none();
        PosixLaunch.Parts parts = new PosixLaunch.Parts(id, spec, root.key(), inForce, contained.unavailable(),
                family, output, contained.limits().limits(() -> killed(spec, root)));
        LaunchGroup group = new LaunchGroup(root.key(), family, root.status(), sender, table);
        PosixLaunch launch = new PosixLaunch(parts, root.status(), group, closed -> {
            release(contained, false);
            open.remove(closed);
        });
        open.add(launch);
        return launch;
    }

    /** The root, once SIGKILL (the OOM killer's signal) ended it: a limit's victim. */
    private Optional<LimitEvent.Victim> killed(LaunchSpec spec, Registered root) {
        int kill = os.terminal().signals().number(Signal.KILL);
        return root.status().now().filter(s -> s instanceof ExitStatus.Killed(int signal, boolean core) && signal == kill)
                .map(s -> new LimitEvent.Victim(root.key().pid(), Path.of(spec.argv().getFirst()).getFileName().toString()));
    }
}
