package dev.progeny.probes.bsd;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Reads fixed-size, NUL-terminated C {@code char[]} fields from a buffer. Pure; every OS. */
public final class CStrings {
    private CStrings() {
    }

    /** The string at absolute {@code offset}, up to the first NUL or {@code capacity} bytes. */
    public static String fixed(ByteBuffer buf, int offset, int capacity) {
        int len = 0;
        while (len < capacity && buf.get(offset + len) != 0) {
            len++;
        }
        byte[] bytes = new byte[len];
        buf.get(offset, bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
