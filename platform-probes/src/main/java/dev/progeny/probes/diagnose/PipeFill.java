package dev.progeny.probes.diagnose;

/**
 * How much a pipe holds ({@code FIONREAD}) out of its capacity ({@code F_GETPIPE_SZ}). Immutable.
 */
public record PipeFill(long bytes, long capacity) {
    /** PIPE_BUF (limits.h): a write this small is atomic, so it blocks unless this much is free. */
    static final long PIPE_BUF = 4096;

    public boolean isEmpty() {
        return bytes == 0;
    }

    /** No room left for an atomic write. */
    public boolean isFull() {
        return capacity - bytes < PIPE_BUF;
    }
}
