package dev.progeny.probes;

import java.io.IOException;
import java.util.function.IntPredicate;

/**
 * Reads the process table of the running OS. Implementations are thread-safe; a snapshot
 * never fails because a single process vanished or could not be read.
 */
public interface ProcessTable {

    /** One consistent-as-possible reading of every visible process. */
    Snapshot snapshot() throws IOException;

    /**
     * A reading for a view that shows a few processes among many: every process is listed, so
     * births and deaths are exact, but only those {@code reread} accepts, and those the table
     * has not read before, are read again; the others keep what the table's last reading said
     * (their state, CPU time or group may be that old). A pid that now names another process is
     * read again where the OS can tell (Linux). The default reads everything.
     */
    default Snapshot snapshot(IntPredicate reread) throws IOException {
        return snapshot();
    }
}
