package dev.progeny.probes.launch;

/** What happens to a launched command's stdout and stderr. */
public enum OutputMode {
    /** Pipes drained by background readers into a bounded buffer; the child never blocks. */
    CAPTURE,
    /**
     * Captured like {@link #CAPTURE}, but stderr is the stdout pipe too ({@code 2>&1}): one stream,
     * in exactly the order the family wrote it (two pipes are read in the order they are read).
     */
    CAPTURE_MERGED,
    /** The child writes straight to Progeny's own stdout and stderr (the terminal). */
    INHERIT;

    /** Whether Progeny reads the output (into the launch's {@link OutputLog}). */
    public boolean captured() {
        return this != INHERIT;
    }
}
