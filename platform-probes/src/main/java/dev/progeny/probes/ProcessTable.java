package dev.progeny.probes;

import java.io.IOException;

/**
 * Reads the process table of the running OS. Implementations are thread-safe; a snapshot
 * never fails because a single process vanished or could not be read.
 */
public interface ProcessTable {

    /** One consistent-as-possible reading of every visible process. */
    Snapshot snapshot() throws IOException;
}
