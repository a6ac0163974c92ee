package dev.progeny.probes.posix;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessTable;
import dev.progeny.probes.launch.LaunchRegistry;
import dev.progeny.probes.terminate.Reaped;
import dev.progeny.probes.terminate.OrphanReaper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Reaps zombie children of this process found in a snapshot, each with {@code waitpid(pid,
 * WNOHANG)}: Linux, FreeBSD and macOS. Every root of {@code registry} still waiting for its
 * launch is left alone, read while no launch is between spawn and registration (see
 * {@link LaunchRegistry#reaping}), and so is every pid the launcher's watch waits for itself (a
 * tracer's tracees: a wait from here would take the tracer's report). Thread-safe (a pid reaped
 * by a concurrent call simply reports ECHILD here and is skipped).
 */
public final class PosixOrphanReaper implements OrphanReaper {
    private final ProcessTable table;
    private final LaunchRegistry registry;
    private final int wnohang;
    private final Supplier<Set<Integer>> waitedElsewhere;
    private final int ownPid = PosixLibc.INSTANCE.getpid();

    /** {@code wnohang} is the OS's {@code WNOHANG} flag, from its own constants. */
    public PosixOrphanReaper(ProcessTable table, LaunchRegistry registry, int wnohang) {
        this(table, registry, wnohang, Set::of);
    }

    /** Leaves alone what {@code launcher}'s roots and its {@link RootWatch#waitedFor watch} need. */
    public PosixOrphanReaper(ProcessTable table, PosixLauncher launcher, int wnohang) {
        this(table, launcher.registry(), wnohang, launcher.watch()::waitedFor);
    }

    private PosixOrphanReaper(ProcessTable table, LaunchRegistry registry, int wnohang,
                              Supplier<Set<Integer>> waitedElsewhere) {
        this.table = table;
        this.registry = registry;
        this.wnohang = wnohang;
        this.waitedElsewhere = waitedElsewhere;
    }

    @Override
    public List<Reaped> reapOrphans(Set<Integer> excludedPids) throws IOException {
        return registry.reaping(roots -> reapWhere(p -> !excludedPids.contains(p.pid()) && !roots.contains(p.pid())));
    }

    @Override
    public List<Reaped> reap(Set<Integer> pids) throws IOException {
        return registry.reaping(roots -> reapWhere(p -> pids.contains(p.pid()) && !roots.contains(p.pid())));
    }

    /** A zombie's pid cannot be reused, so waiting for it by pid collects exactly that process. */
    private List<Reaped> reapWhere(Predicate<ProcessInfo> chosen) throws IOException {
        List<Reaped> out = new ArrayList<>();
        Set<Integer> waited = waitedElsewhere.get();
        for (ProcessInfo p : table.snapshot().children(ownPid)) {
            if (!p.isZombie() || !chosen.test(p) || p.pid() <= 1 || waited.contains(p.pid())) {
                continue;
            }
            int[] status = new int[1];
            if (PosixLibc.INSTANCE.waitpid(p.pid(), status, wnohang) == p.pid()) {
                WaitStatus.decode(status[0]).ifPresent(s -> out.add(new Reaped(p.pid(), p.name(), s)));
            }
        }
        return out;
    }
}
