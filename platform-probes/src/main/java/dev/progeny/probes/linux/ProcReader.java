package dev.progeny.probes.linux;

import java.io.FileInputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * Reads small {@code /proc} files into a reusable buffer. Not thread-safe: one per snapshot.
 */
final class ProcReader {
    private byte[] buf = new byte[4096];
    private int len;

    /** Reads the whole file; returns false when it is gone or unreadable. */
    boolean read(String path) {
        try (FileInputStream in = new FileInputStream(path)) {
            len = 0;
            int n;
            while ((n = in.read(buf, len, buf.length - len)) > 0) {
                len += n;
                if (len == buf.length) {
                    buf = Arrays.copyOf(buf, buf.length * 2);
                }
            }
            return true;
        } catch (IOException e) {
            // Vanished (ENOENT, ESRCH) or forbidden (EACCES): the caller decides what that means.
            return false;
        }
    }

    byte[] bytes() {
        return buf;
    }

    int length() {
        return len;
    }
}
