package dev.progeny.probes.linux;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and writes the small files of a cgroup (cgroup-v2.rst "Interface Files"; cgroups(7) for
 * v1). Writes go to files that exist and are never created: a missing file means the kernel has
 * no such controller there. Linux. Stateless and thread-safe.
 */
final class CgroupKnobs {
    private CgroupKnobs() {
    }

    /** Writes {@code value} to {@code file}; empty when it took, else what the kernel said. */
    static Optional<String> write(Path file, String value) {
        try {
            Files.writeString(file, value, StandardCharsets.US_ASCII, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("cannot write " + value + " to " + file + ": " + reason(e));
        }
    }

    /**
     * The words of a space-separated list such as {@code cgroup.controllers} or
     * {@code cgroup.subtree_control}, with a leading '+' dropped; empty when unreadable.
     */
    static Set<String> words(Path file) {
        Set<String> out = new LinkedHashSet<>();
        try {
            for (String w : Files.readString(file, StandardCharsets.US_ASCII).split("\\s+")) {
                if (!w.isEmpty() && !w.startsWith("-")) {
                    out.add(w.startsWith("+") ? w.substring(1) : w);
                }
            }
        } catch (IOException e) {
            return Set.of();
        }
        return out;
    }

    /** A flat-keyed file ("key value" per line, e.g. {@code memory.events}) or a single number (key ""). */
    static Map<String, Long> flatKeyed(String text) {
        Map<String, Long> out = new HashMap<>();
        for (String line : text.split("\n")) {
            String[] kv = line.trim().split("\\s+");
            try {
                if (kv.length == 2) {
                    out.put(kv[0], Long.parseLong(kv[1]));
                } else if (kv.length == 1 && !kv[0].isEmpty()) {
                    out.put("", Long.parseLong(kv[0]));
                }
            } catch (NumberFormatException e) {
                // "max" and other words are not counters
            }
        }
        return out;
    }

    /** {@link #flatKeyed} of {@code file}; empty when it cannot be read (gone, or no such controller). */
    static Map<String, Long> readFlatKeyed(Path file) {
        try {
            return flatKeyed(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            return Map.of();
        }
    }

    static String reason(IOException e) {
        return e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason() : e.toString();
    }
}
