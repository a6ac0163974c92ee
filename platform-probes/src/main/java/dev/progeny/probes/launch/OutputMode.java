package dev.progeny.probes.launch;

/** What happens to a launched command's stdout and stderr. */
public enum OutputMode {
    /** Pipes drained by background readers into a bounded buffer; the child never blocks. */
    CAPTURE,
    /** The child writes straight to Progeny's own stdout and stderr (the terminal). */
    INHERIT
}
