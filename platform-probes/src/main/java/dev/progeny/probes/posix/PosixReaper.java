package dev.progeny.probes.posix;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessTable;
import dev.progeny.probes.terminate.Reaped;
import dev.progeny.probes.terminate.Reaper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
        List<Reaped> out = new ArrayList<>();
        for (ProcessInfo p : table.snapshot().children(ownPid)) {
            if (!p.isZombie() || excludedPids.contains(p.pid()) || p.pid() <= 1) {
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
