package dev.progeny.probes.diagnose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A process's resource limits as {@code /proc/PID/limits} lists them (Linux, {@code proc_pid_limits}
 * in fs/proc/base.c: a header, then one {@code "%-25s %-20s %-20s %-10s"} row per limit, values a
 * number or {@code unlimited}). Read-only facts for the details pane, not the launch's limits.
 * Immutable.
 */
public record ProcessLimits(List<Limit> limits) {

    public ProcessLimits {
        limits = List.copyOf(limits);
    }

    /**
     * One row.
     *
     * @param soft empty when unlimited
     * @param hard empty when unlimited
     * @param unit {@code files}, {@code bytes}, {@code processes}..., empty for a few rows
     */
    public record Limit(String name, OptionalLong soft, OptionalLong hard, String unit) {
    }

    public Optional<Limit> limit(String name) {
        return limits.stream().filter(l -> l.name().equals(name)).findFirst();
    }

    public Optional<Limit> openFiles() {
        return limit("Max open files");
    }

    public Optional<Limit> processes() {
        return limit("Max processes");
    }

    public Optional<Limit> addressSpace() {
        return limit("Max address space");
    }

    /** Column starts, from the kernel's format: name 25 wide, then two 20-wide values, a space each. */
    private static final int SOFT_AT = 26;
    private static final int HARD_AT = 47;
    private static final int UNIT_AT = 68;

    /**
     * Parses the file's text.
     *
     * @throws IllegalArgumentException when a row's value is neither a number nor "unlimited"
     */
    public static ProcessLimits parse(String text) {
        List<Limit> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("Limit ") || line.length() < HARD_AT) {
                continue;
            }
            out.add(new Limit(line.substring(0, SOFT_AT).strip(), value(column(line, SOFT_AT, HARD_AT)),
                    value(column(line, HARD_AT, UNIT_AT)), column(line, UNIT_AT, line.length())));
        }
        return new ProcessLimits(out);
    }

    private static String column(String line, int from, int to) {
        return from >= line.length() ? "" : line.substring(from, Math.min(to, line.length())).strip();
    }

    private static OptionalLong value(String s) {
        if (s.equals("unlimited")) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("limit value '" + s + "'", e);
        }
    }
}
