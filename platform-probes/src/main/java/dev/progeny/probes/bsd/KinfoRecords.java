package dev.progeny.probes.bsd;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Fixed-size {@code kinfo_proc} records back to back in a buffer, as {@code sysctl kern.proc}
 * returns them on FreeBSD and macOS; each OS's decoder knows its own size and offsets. Pure and
 * thread-safe.
 */
public final class KinfoRecords {
    private KinfoRecords() {
    }

    /** @throws IllegalArgumentException when fewer than {@code size} bytes remain */
    public static void requireWhole(ByteBuffer buf, int size) {
        if (buf.remaining() < size) {
            throw new IllegalArgumentException("truncated kinfo_proc: " + buf.remaining() + " of " + size + " bytes");
        }
    }

    /** Decodes records with {@code decode} (which advances past each) until the buffer ends. */
    public static <T> List<T> decodeAll(ByteBuffer buf, int size, Function<ByteBuffer, T> decode) {
        List<T> out = new ArrayList<>(buf.remaining() / size);
        while (buf.hasRemaining()) {
            out.add(decode.apply(buf));
        }
        return out;
    }
}
