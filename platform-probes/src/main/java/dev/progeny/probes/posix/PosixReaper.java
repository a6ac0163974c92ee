package dev.progeny.probes.posix;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessTable;
import dev.progeny.probes.terminate.Reaped;
import dev.progeny.probes.terminate.Reaper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reaps zombie children of this process found in a snapshot, each with {@code waitpid(pid,
 * WNOHANG)}: Linux, FreeBSD and macOS. Thread-safe (a pid reaped by a concurrent call simply
 * reports ECHILD here and is skipped).
 */
public final class PosixReaper implements Reaper {
    private final ProcessTable table;
    private final int wnohang;
    private final int ownPid = PosixLibc.INSTANCE.getpid();

    /** {@code wnohang} is the OS's {@code WNOHANG} flag, from its own constants. */
    public PosixReaper(ProcessTable table, int wnohang) {
        this.table = table;
        this.wnohang = wnohang;
    }

    @Override
    public List<Reaped> reapOrphans(Set<Integer> excludedPids) throws IOException {
        return reapWhere(p -> !excludedPids.contains(p.pid()));
    }

    @Override
    public List<Reaped> reap(Set<Integer> pids) throws IOException {
        return reapWhere(p -> pids.contains(p.pid()));
    }

    /** A zombie's pid cannot be reused, so waiting for it by pid collects exactly that process. */
    private List<Reaped> reapWhere(Predicate<ProcessInfo> chosen) throws IOException {
        List<Reaped> out = new ArrayList<>();
        for (ProcessInfo p : table.snapshot().children(ownPid)) {
            if (!p.isZombie() || !chosen.test(p) || p.pid() <= 1) {
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
