package dev.progeny.probes.linux;

import com.sun.jna.Pointer;
import dev.progeny.probes.ProcessTable;
import dev.progeny.probes.launch.Container;
import dev.progeny.probes.launch.Containment;
import dev.progeny.probes.launch.LaunchRegistry;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.posix.ExecWrapper.PreExec;
import dev.progeny.probes.posix.LaunchBinding;
import dev.progeny.probes.posix.LaunchErrors;
import dev.progeny.probes.posix.PosixLauncher;
import dev.progeny.probes.posix.PosixLibc;
import dev.progeny.probes.posix.PosixSpawner;
import dev.progeny.probes.posix.SelfGuard;
import dev.progeny.probes.posix.SpawnPlan.FileAction;
import dev.progeny.probes.posix.Terminal;
import dev.progeny.probes.terminate.SignalSender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Linux's part of the one launch sequence: a new group or session always; the subreaper, a cgroup
 * of the launch's own (entered by a pre-exec step, so nothing runs outside it) and the environment
 * tag when asked for and available; the launch's limits ({@link LinuxLimitPlanner});
 * {@link LinuxSpawnPlanner}'s settings on glibc's caller-allocated structs, with the foreground
 * taken in the child; a launch asked {@code traced} is recorded by the {@link Tracer}
 * ({@link TracerWatch}). Linux. Thread-safe.
 */
public final class LinuxLaunching implements LaunchBinding.Containing {
    private final LaunchCgroups cgroups;
    private final LinuxLimitPlanner limits;

    LinuxLaunching(LaunchCgroups cgroups) {
        this.cgroups = cgroups;
        this.limits = LinuxLimitPlanner.forThisProcess(cgroups::home);
    }

    /** The binding whose launches get their cgroups where {@code cgroups} says (tests point it elsewhere). */
    static LaunchBinding binding(LaunchCgroups cgroups) {
        return new LaunchBinding(
                new LaunchErrors(LinuxErrors.ENOENT, LinuxErrors.ENOTDIR, LinuxErrors.EACCES, LinuxErrors.ENOEXEC,
                        LinuxErrors.EINTR),
                new Terminal(LinuxSignals.TABLE, LinuxSpawnLibc.SIGSET_SIZE, LinuxSpawnLibc.SIG_BLOCK,
                        LinuxSpawnLibc.SIG_SETMASK),
                new LinuxLaunching(cgroups), LinuxSpawnPlanner::plan, true,
                spawner(), LinuxLaunching::startTime, new LinuxMembershipProbe());
    }

    /** glibc's {@code posix_spawn} with its caller-allocated structs and {@code _np} actions. */
    static PosixSpawner spawner() {
        return new PosixSpawner(LinuxSpawnLibc.INSTANCE, LinuxSpawnLibc.SPAWNATTR_SIZE, LinuxSpawnLibc.FILE_ACTIONS_SIZE,
                LinuxLaunching::extra);
    }

    /** A launcher of its own, with its own registry, table and sender (tests, and a JVM that only launches). */
    public static PosixLauncher launcher() {
        return launcher(binding(new LaunchCgroups(CgroupV2::find)));
    }

    static PosixLauncher launcher(LaunchBinding binding) {
        return launcher(binding, new LinuxProcessTable(), new LinuxSignalSender(SelfGuard.create()));
    }

    static PosixLauncher launcher(LaunchBinding binding, ProcessTable table, SignalSender sender) {
        return new PosixLauncher(binding, new LaunchRegistry(PosixLibc.INSTANCE.getpid()), table, sender,
                new TracerWatch(Tracer.shared()));
    }

    @Override
    public LaunchBinding.Contained contain(LaunchSpec spec, String id) {
        Set<Containment> inForce = EnumSet.noneOf(Containment.class);
        Map<Containment, String> unavailable = new EnumMap<>(Containment.class);
        Set<Containment> asked = spec.containment();
        if (asked.contains(Containment.ENVIRONMENT_TAG)) {
            inForce.add(Containment.ENVIRONMENT_TAG);
        }
        if (asked.contains(Containment.REAPER) && !asked.contains(Containment.SUBREAPER)) {
            unavailable.put(Containment.REAPER, "procctl reapers are FreeBSD's; Linux uses the subreaper");
        }
        if (asked.contains(Containment.SUBREAPER)) {
            Subreaper.ensure().ifPresentOrElse(why -> unavailable.put(Containment.SUBREAPER, why),
                    () -> inForce.add(Containment.SUBREAPER));
        }
        Optional<Path> cgroup = asked.contains(Containment.CGROUP)
                ? cgroups.create("progeny-" + id, unavailable) : Optional.empty();
        cgroup.ifPresent(dir -> {
            CgroupJanitor.created(dir);
            inForce.add(Containment.CGROUP);
        });
        try {
            return new LaunchBinding.Contained(inForce, unavailable, cgroup.map(Container.Cgroup::new),
                    limits.plan("progeny-" + id, spec.limits(), cgroup));
        } catch (RuntimeException e) {
            cgroup.ifPresent(CgroupJanitor::removeNow);
            throw e;
        }
    }

    @Override
    public List<PreExec> preExec(LaunchBinding.Contained contained) {
        return cgroup(contained).map(LinuxLaunching::enter).stream().toList();
    }

    /** Enters {@code cgroup} (v1 or v2), or fails as Progeny (125): nothing runs outside it. */
    static PreExec enter(Path cgroup) {
        return PreExec.checked("echo $$ > \"$1\"", cgroup.resolve("cgroup.procs").toString());
    }

    @Override
    public void release(LaunchBinding.Contained contained, boolean now) {
        cgroup(contained).ifPresent(dir -> {
            if (now) {
                CgroupJanitor.removeNow(dir);
            } else {
                CgroupJanitor.removeWhenEmpty(dir);
            }
        });
    }

    private static Optional<Path> cgroup(LaunchBinding.Contained contained) {
        return contained.prepared().flatMap(c -> c instanceof Container.Cgroup(Path dir) ? Optional.of(dir) : Optional.empty());
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

    /** glibc's {@code _np} file actions: closefrom (2.34) and tcsetpgrp (2.35); macOS's inherit is not here. */
    private static int extra(Pointer actions, FileAction action) {
        LinuxSpawnLibc libc = LinuxSpawnLibc.INSTANCE;
        return switch (action) {
            case FileAction.CloseFrom c -> libc.posix_spawn_file_actions_addclosefrom_np(actions, c.lowFd());
            case FileAction.TcSetPgrp t -> libc.posix_spawn_file_actions_addtcsetpgrp_np(actions, t.fd());
            default -> throw new IllegalArgumentException(action + " does not exist on Linux");
        };
    }
}
