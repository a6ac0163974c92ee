package dev.progeny.probes.macos;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The answer to macOS {@code sysctl {CTL_KERN, KERN_PROCARGS2, pid}} (xnu bsd/kern/kern_sysctl.c
 * {@code sysctl_procargsx}): an {@code int argc}, the executable path NUL-terminated and padded
 * with more NULs, then {@code argc} NUL-terminated arguments, then the environment strings up to
 * an empty string. The kernel may leave the environment out (restricted binaries). Pure parser;
 * immutable and thread-safe.
 */
public record ProcArgs2(int argc, String execPath, List<String> argv, List<String> environment) {

    public ProcArgs2 {
        argv = List.copyOf(argv);
        environment = List.copyOf(environment);
    }

    /**
     * Parses from the buffer's position to its limit; {@code argc} in the buffer's byte order.
     * Arguments or environment cut off by the end of the buffer are returned as far as present.
     *
     * @throws IllegalArgumentException when the buffer cannot even hold argc, or argc is negative
     */
    public static ProcArgs2 parse(ByteBuffer buf) {
        if (buf.remaining() < Integer.BYTES) {
            throw new IllegalArgumentException("truncated KERN_PROCARGS2: " + buf.remaining() + " bytes");
        }
        int base = buf.position();
        int end = buf.limit();
        int argc = buf.getInt(base);
        if (argc < 0) {
            throw new IllegalArgumentException("negative argc " + argc + " in KERN_PROCARGS2");
        }
        byte[] bytes = new byte[end - base];
        buf.get(base, bytes);
        int pos = Integer.BYTES;
        int pathEnd = nul(bytes, pos);
        String execPath = new String(bytes, pos, pathEnd - pos, StandardCharsets.UTF_8);
        pos = pathEnd;
        while (pos < bytes.length && bytes[pos] == 0) {
            pos++;
        }
        List<String> argv = new ArrayList<>(argc);
        while (argv.size() < argc && pos < bytes.length) {
            int stop = nul(bytes, pos);
            argv.add(new String(bytes, pos, stop - pos, StandardCharsets.UTF_8));
            pos = stop + 1;
        }
        List<String> env = new ArrayList<>();
        while (pos < bytes.length && bytes[pos] != 0) {
            int stop = nul(bytes, pos);
            env.add(new String(bytes, pos, stop - pos, StandardCharsets.UTF_8));
            pos = stop + 1;
        }
        return new ProcArgs2(argc, execPath, argv, env);
    }

    /** Index of the next NUL at or after {@code from}, or the length when there is none. */
    private static int nul(byte[] bytes, int from) {
        int i = from;
        while (i < bytes.length && bytes[i] != 0) {
            i++;
        }
        return i;
    }
}
