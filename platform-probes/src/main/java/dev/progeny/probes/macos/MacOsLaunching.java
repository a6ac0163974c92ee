package dev.progeny.probes.macos;

import com.sun.jna.Pointer;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.bsd.BsdLibc;
import dev.progeny.probes.bsd.EnvironmentTagProbe;
import dev.progeny.probes.launch.Containment;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.launch.MembershipProbe;
import dev.progeny.probes.posix.ErrnoException;
import dev.progeny.probes.posix.LaunchBinding;
import dev.progeny.probes.posix.LaunchErrors;
import dev.progeny.probes.posix.PosixSpawner;
import dev.progeny.probes.posix.SpawnPlan;
import dev.progeny.probes.posix.SpawnPlan.FileAction;
import dev.progeny.probes.posix.SpawnRequest;
import dev.progeny.probes.posix.Terminal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * macOS's part of the one launch sequence: {@link MacOsSpawnPlanner}'s settings on libc-allocated
 * handles. macOS has no subreaper: orphans go to launchd (pid 1) and cannot be adopted. The family
 * is the new group or session, the lineage remembered across snapshots and the environment tag.
 * Thread-safe. Compiled and planned on every OS, run only on macOS (not verified on a live kernel).
 */
final class MacOsLaunching implements LaunchBinding {
    private static final LaunchErrors ERRORS = new LaunchErrors(MacOsConstants.ENOENT, MacOsConstants.ENOTDIR,
            MacOsConstants.EACCES, MacOsConstants.ENOEXEC, MacOsConstants.EINTR);
    private static final Terminal TERMINAL = new Terminal(MacOsSignals.TABLE, MacOsConstants.SIGSET_BYTES,
            MacOsConstants.SIG_BLOCK, MacOsConstants.SIG_SETMASK);

    private final MacOsLibc libc;
    private final MacOsProcessTable table;
    private final MembershipProbe probe;
    private final PosixSpawner spawner;

    MacOsLaunching(MacOsLibc libc, MacOsProcessTable table) {
        this.libc = libc;
        this.table = table;
        this.probe = new EnvironmentTagProbe(table::environment);
        this.spawner = new PosixSpawner(libc, BsdLibc.SPAWN_HANDLE_BYTES, BsdLibc.SPAWN_HANDLE_BYTES, this::inherit);
    }

    @Override
    public LaunchErrors errors() {
        return ERRORS;
    }

    @Override
    public Terminal terminal() {
        return TERMINAL;
    }

    @Override
    public Contained contain(LaunchSpec spec, String id) {
        Set<Containment> inForce = EnumSet.noneOf(Containment.class);
        Map<Containment, String> unavailable = new EnumMap<>(Containment.class);
        MacOsSpawnPlanner.containment(spec, inForce, unavailable);
        return new Contained(inForce, unavailable, Optional.empty());
    }

    @Override
    public SpawnPlan plan(SpawnRequest request) {
        return MacOsSpawnPlanner.plan(request);
    }

    @Override
    public boolean foregroundInChild() {
        return false;
    }

    @Override
    public int spawn(SpawnPlan plan) throws ErrnoException {
        return spawner.spawn(plan);
    }

    @Override
    public long startTime(int pid) {
        // Our unreaped child is listed even once exited (kern.proc covers zombies).
        return table.process(pid).map(ProcessInfo::startTime).orElse(0L);
    }

    @Override
    public MembershipProbe probe() {
        return probe;
    }

    private int inherit(Pointer fileActions, FileAction action) {
        if (!(action instanceof FileAction.Inherit i)) {
            throw new IllegalArgumentException(action + " does not exist on macOS");
        }
        return libc.posix_spawn_file_actions_addinherit_np(fileActions, i.fd());
    }
}
