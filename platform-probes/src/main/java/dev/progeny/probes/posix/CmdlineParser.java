package dev.progeny.probes.posix;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits NUL-separated strings: Linux {@code /proc/PID/cmdline} and {@code environ}, FreeBSD
 * {@code KERN_PROC_ARGS} and {@code KERN_PROC_ENV}, the string area of macOS
 * {@code KERN_PROCARGS2}. Pure and thread-safe; works on every OS.
 */
public final class CmdlineParser {
    private CmdlineParser() {
    }

    public static List<String> split(byte[] buf, int len) {
        return split(buf, 0, len);
    }

    /** Splits {@code buf[from, to)}; a last string without a trailing NUL is kept. */
    public static List<String> split(byte[] buf, int from, int to) {
        List<String> out = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            if (buf[i] == 0) {
                out.add(new String(buf, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        if (start < to) {
            out.add(new String(buf, start, to - start, StandardCharsets.UTF_8));
        }
        return out;
    }

    /** The value of {@code name} in NUL-separated {@code NAME=value} strings, if present. */
    public static Optional<String> variable(List<String> environment, String name) {
        String prefix = name + "=";
        for (String entry : environment) {
            if (entry.startsWith(prefix)) {
                return Optional.of(entry.substring(prefix.length()));
            }
        }
        return Optional.empty();
    }
}
