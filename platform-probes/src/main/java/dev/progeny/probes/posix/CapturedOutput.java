package dev.progeny.probes.posix;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The last {@code limit} bytes a launched command wrote to its stdout and stderr, interleaved
 * as they arrived. Bounded, so a chatty child never fills memory, and the drain never blocks
 * the child. Thread-safe.
 */
public final class CapturedOutput {
    private final byte[] ring;
    private long written;

    public CapturedOutput(int limit) {
        this.ring = new byte[limit];
    }

    public synchronized void append(byte[] data, int len) {
        for (int i = 0; i < len; i++) {
            ring[(int) (written++ % ring.length)] = data[i];
        }
    }

    /** Whether older output was dropped to stay within the limit. */
    public synchronized boolean truncated() {
        return written > ring.length;
    }

    /** The kept output, decoded as UTF-8. */
    public synchronized String text() {
        if (written <= ring.length) {
            return new String(ring, 0, (int) written, StandardCharsets.UTF_8);
        }
        int start = (int) (written % ring.length);
        byte[] ordered = Arrays.copyOfRange(ring, start, start + ring.length);
        System.arraycopy(ring, 0, ordered, ring.length - start, start);
        return new String(ordered, StandardCharsets.UTF_8);
    }
}
