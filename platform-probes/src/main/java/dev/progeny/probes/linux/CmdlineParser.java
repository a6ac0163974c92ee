package dev.progeny.probes.linux;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Splits {@code /proc/PID/cmdline} and {@code /proc/PID/environ}: NUL-separated strings. Pure. */
public final class CmdlineParser {
    private CmdlineParser() {
    }

    public static List<String> split(byte[] buf, int len) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < len; i++) {
            if (buf[i] == 0) {
                out.add(new String(buf, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        if (start < len) {
            out.add(new String(buf, start, len - start, StandardCharsets.UTF_8));
        }
        return out;
    }
}
