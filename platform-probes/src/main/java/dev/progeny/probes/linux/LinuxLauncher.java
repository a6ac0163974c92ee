package dev.progeny.probes.linux;

import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.launch.Container;
import dev.progeny.probes.launch.Containment;
import dev.progeny.probes.launch.Isolation;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchException;
import dev.progeny.probes.launch.LaunchException.Reason;
import dev.progeny.probes.launch.LaunchFamily;
import dev.progeny.probes.launch.LaunchRegistry;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.launch.Launcher;
import dev.progeny.probes.launch.OutputLog;
import dev.progeny.probes.launch.OutputMode;
import dev.progeny.probes.posix.PosixLibc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Launches commands with {@code posix_spawn} (see docs/decisions/0001) as contained families:
 * a new group or session always; subreaper, a cgroup of their own and the environment tag when
 * asked for and available. {@code PROGENY_LAUNCH=<id>} is exported to every launch (it names the
 * launch); only with {@link Containment#ENVIRONMENT_TAG} does the family look for it. A tag
 * given in the spec's environment becomes the prefix of the id. Linux. Thread-safe.
 */
public final class LinuxLauncher implements Launcher {
    /**
     * Enters the launch's cgroup, then becomes the command: nothing runs outside the cgroup. The
     * shell's $0 is "progeny", the name its complaints (an exec that fails) start with.
     */
    private static final String ENTER_CGROUP = "echo $$ > \"$1\" || exit 125; shift; exec \"$@\"";
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final LaunchRegistry registry = new LaunchRegistry(PosixLibc.INSTANCE.getpid());
    private final LinuxMembershipProbe probe = new LinuxMembershipProbe();
    private final List<Launch> open = new CopyOnWriteArrayList<>();
    private final LaunchCgroups cgroups;

    public LinuxLauncher() {
        this(new LaunchCgroups(CgroupV2::find));
    }

    /** A launcher that makes its launches' cgroups where {@code cgroups} says (tests point it elsewhere). */
    LinuxLauncher(LaunchCgroups cgroups) {
        this.cgroups = cgroups;
    }

    /** Every launch this Progeny made that is not closed; see {@link LaunchRegistry#rootPids()}. */
    public LaunchRegistry registry() {
        return registry;
    }

    @Override
    public List<Launch> launches() {
        return List.copyOf(open);
    }

    @Override
    public Set<Integer> rootPids() {
        return registry.rootPids();
    }

    @Override
    public Launch launch(LaunchSpec spec) throws LaunchException {
        if (spec.argv().isEmpty()) {
            throw new LaunchException(Reason.EMPTY_COMMAND, "no command given");
        }
        String id = newId(spec);
        Map<String, String> env = new LinkedHashMap<>(System.getenv());
        env.putAll(spec.environment());
        env.put(LaunchSpec.LAUNCH_TAG, id);
        Path workDir = spec.directory().orElse(Path.of("").toAbsolutePath());
        if (spec.directory().isPresent()) {
            CommandResolver.checkDirectory(workDir);
        }
        Path executable = CommandResolver.resolve(spec.argv().getFirst(), Optional.ofNullable(env.get("PATH")), workDir);

        Set<Containment> inForce = EnumSet.of(
                spec.isolation() == Isolation.SESSION ? Containment.SESSION : Containment.PROCESS_GROUP);
        Map<Containment, String> unavailable = new EnumMap<>(Containment.class);
        if (spec.containment().contains(Containment.ENVIRONMENT_TAG)) {
            inForce.add(Containment.ENVIRONMENT_TAG);
        }
        if (spec.containment().contains(Containment.REAPER) && !spec.containment().contains(Containment.SUBREAPER)) {
            unavailable.put(Containment.REAPER, "procctl reapers are FreeBSD's; Linux uses the subreaper");
        }
        if (spec.containment().contains(Containment.SUBREAPER)) {
            Subreaper.ensure().ifPresentOrElse(why -> unavailable.put(Containment.SUBREAPER, why),
                    () -> inForce.add(Containment.SUBREAPER));
        }
        Optional<Path> cgroup = spec.containment().contains(Containment.CGROUP)
                ? cgroups.create("progeny-" + id, unavailable) : Optional.empty();
        cgroup.ifPresent(dir -> {
            CgroupJanitor.created(dir);
            inForce.add(Containment.CGROUP);
        });
        try {
            return start(spec, id, env, executable, cgroup, inForce, unavailable);
        } catch (LaunchException | RuntimeException e) {
            cgroup.ifPresent(CgroupJanitor::removeNow);
            throw e;
        }
    }

    private Launch start(LaunchSpec spec, String id, Map<String, String> env, Path executable,
                         Optional<Path> cgroup, Set<Containment> inForce,
                         Map<Containment, String> unavailable) throws LaunchException {
        List<String> argv = new ArrayList<>();
        String path = executable.toString();
        if (cgroup.isPresent()) {
            path = "/bin/sh";
            argv.addAll(List.of("sh", "-c", ENTER_CGROUP, "progeny", cgroup.get().resolve("cgroup.procs").toString(),
                    executable.toString()));
            argv.addAll(spec.argv().subList(1, spec.argv().size()));
        } else {
            argv.addAll(spec.argv());
        }
        List<String> envp = env.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
        boolean capture = spec.output().captured();
        boolean merged = spec.output() == OutputMode.CAPTURE_MERGED;
        // A new session has no controlling terminal, so only a group can take the foreground.
        boolean foreground = !capture && spec.isolation() == Isolation.PROCESS_GROUP && Terminal.progenyHasForeground();
        OutputPipes pipes = null;
        int pid;
        try {
            pipes = capture ? new OutputPipes() : null;
            pid = PosixSpawn.spawn(path, argv, envp, spec.directory().map(Path::toString), spec.isolation(),
                    capture ? pipes.childStdio(merged) : foreground ? PosixSpawn.Stdio.INHERIT_FOREGROUND : PosixSpawn.Stdio.INHERIT);
        } catch (PosixSpawn.SpawnError e) {
            if (pipes != null) {
                pipes.abandon();
            }
            throw e.toLaunchException(spec.argv().getFirst());
        }
        ProcessKey root = new ProcessKey(pid, startTime(pid));
        OutputLog output = capture ? new OutputLog(OutputLog.DEFAULT_CAPACITY, 2) : OutputLog.none();
        registry.add(id, root, inForce.contains(Containment.SUBREAPER));
        LaunchFamily family = new LaunchFamily(id, String.join(" ", spec.argv()), root, inForce,
                cgroup.map(Container.Cgroup::new), probe, registry);
        LinuxLaunch launch = new LinuxLaunch(id, spec, root, inForce, unavailable, family, output, registry, open::remove);
        open.add(launch);
        if (capture) {
            pipes.start(output, "progeny-" + pid);
        }
        launch.startReaper(foreground);
        return launch;
    }

    /** The root's start time, read before anything can reap it (the root is our unreaped child). */
    private static long startTime(int pid) {
        try {
            byte[] stat = Files.readAllBytes(Path.of("/proc", Integer.toString(pid), "stat"));
            return ProcStat.parse(stat, stat.length).startTime();
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot read /proc/" + pid + "/stat of a child not yet reaped", e);
        }
    }

    /** The tag given in the spec (tests pass theirs), made unique; otherwise a fresh one. */
    private static String newId(LaunchSpec spec) {
        String given = spec.environment().get(LaunchSpec.LAUNCH_TAG);
        String unique = ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
        return given == null ? unique : given + "." + unique;
    }
}
