package dev.progeny.probes.linux;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;

/**
 * Open {@code /proc/PID/stat} descriptors kept from one snapshot to the next, so that the next
 * one reads each process with a single {@code pread(2)} instead of {@code openat}, {@code read}
 * and {@code close} (docs/decisions/0006-kept-stat-descriptors.md). A kept descriptor names its
 * process, not the pid: once the process is gone, reads fail ({@code ESRCH}) and the pid is
 * opened afresh, so a reused pid is never read through the old process's descriptor. At most
 * {@code limit} are kept, leaving the rest of the descriptor limit to everything else. Not
 * thread-safe: the table lends it to one snapshot at a time.
 */
final class KeptStatFiles {
    /** A kept descriptor and the last pass that listed its pid. */
    private static final class Kept {
        final int fd;
        long listedIn;

        Kept(int fd, long listedIn) {
            this.fd = fd;
            this.listedIn = listedIn;
        }
    }

    /**
     * Every descriptor any table of this process keeps, for a reader of Progeny's own descriptors
     * to skip (thousands of stat files, no pipe among them). A number is added once kept and
     * removed before it is closed, so a number listed here is a kept stat file at that moment.
     */
    private static final Set<Integer> HELD = ConcurrentHashMap.newKeySet();

    private final Map<Integer, Kept> fds = new HashMap<>();
    private final int limit;
    private final IntConsumer close;
    private long pass;

    /** Whether {@code fd} of this process is a stat file some table keeps open. Thread-safe. */
    static boolean held(int fd) {
        return HELD.contains(fd);
    }

    /** Keeps nothing: every read opens and closes its file. */
    static KeptStatFiles none() {
        return new KeptStatFiles(0, fd -> { });
    }

    KeptStatFiles(int limit, IntConsumer close) {
        this.limit = limit;
        this.close = close;
    }

    /** Starts a pass over the listed pids: {@link #endPass()} closes what it did not ask for. */
    void beginPass() {
        pass++;
    }

    /** The kept descriptor of {@code pid}, or -1; marks {@code pid} as listed in this pass. */
    int fdOf(int pid) {
        Kept kept = fds.get(pid);
        if (kept == null) {
            return -1;
        }
        kept.listedIn = pass;
        return kept.fd;
    }

    /** Marks {@code pid} as listed in this pass without reading it: its descriptor stays. */
    void stillListed(int pid) {
        fdOf(pid);
    }

    /** Keeps {@code fd} for {@code pid}; false (the caller closes it) when the limit is reached. */
    boolean keep(int pid, int fd) {
        if (fds.size() >= limit) {
            return false;
        }
        fds.put(pid, new Kept(fd, pass));
        HELD.add(fd);
        return true;
    }

    /** Closes and forgets the descriptor of {@code pid}, if any. */
    void forget(int pid) {
        Kept kept = fds.remove(pid);
        if (kept != null) {
            release(kept.fd);
        }
    }

    /** Closes the descriptors of pids this pass did not list: their processes are gone. */
    void endPass() {
        fds.values().removeIf(kept -> {
            if (kept.listedIn == pass) {
                return false;
            }
            release(kept.fd);
            return true;
        });
    }

    private void release(int fd) {
        HELD.remove(fd);
        close.accept(fd);
    }

    int size() {
        return fds.size();
    }

    /** Closes every kept descriptor. */
    void closeAll() {
        fds.values().forEach(kept -> release(kept.fd));
        fds.clear();
    }
}
