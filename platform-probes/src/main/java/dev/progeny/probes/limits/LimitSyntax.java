package dev.progeny.probes.limits;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parsers and formatters behind {@link LimitKind}. Memory units are binary, as in cgroup files
 * and systemd ({@code 512M} = 512 MiB); a bare number is bytes. Stateless and thread-safe.
 */
final class LimitSyntax {
    /** Less than this cannot hold a process: a bare {@code 100} is almost surely a missing unit. */
    static final long MIN_MEMORY = 1L << 20;
    /** PID_MAX_LIMIT on 64-bit Linux (include/linux/threads.h): no count above it can be reached. */
    static final long MAX_PROCESSES = 4L * 1024 * 1024;
    /** 1 % is the kernel's smallest CPU quota (1 ms per 100 ms period); 100000 % is 1000 cores. */
    static final long MAX_CPU_PERCENT = 100_000;

    private static final Pattern MEMORY = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(?:([kmgt])(?:i?b)?|b)?");
    private static final Pattern CPU = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(%)?");
    private static final Pattern TIME = Pattern.compile("(\\d+)\\s*([smh])?");
    private static final String UNITS = "kmgt";

    private LimitSyntax() {
    }

    static long memory(String text) {
        Matcher m = MEMORY.matcher(clean(text));
        if (!m.matches()) {
            throw new LimitSyntaxException("'" + text + "' is not a memory size (try 512M, 2G, 1.5G)");
        }
        int power = m.group(2) == null ? 0 : UNITS.indexOf(m.group(2)) + 1;
        BigDecimal bytes = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(2).pow(10 * power));
        if (bytes.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw new LimitSyntaxException("'" + text + "' is more memory than can be limited");
        }
        long value = bytes.longValue();
        if (value < MIN_MEMORY) {
            throw new LimitSyntaxException("'" + text + "' is " + value + " bytes; a launch needs at least 1M"
                    + (m.group(2) == null && value > 0 ? " (did you mean " + m.group(1) + "M?)" : ""));
        }
        return value;
    }

    static long processes(String text) {
        String s = clean(text);
        if (!s.matches("\\d{1,9}") || Long.parseLong(s) < 1 || Long.parseLong(s) > MAX_PROCESSES) {
            throw new LimitSyntaxException("'" + text + "' is not a process count (a whole number from 1 to "
                    + MAX_PROCESSES + ", e.g. 200)");
        }
        return Long.parseLong(s);
    }

    /** {@code 150%} is 150 % of one core; a bare {@code 1.5} is cores, as docker's {@code --cpus}. */
    static long cpu(String text) {
        Matcher m = CPU.matcher(clean(text));
        if (!m.matches()) {
            throw new LimitSyntaxException("'" + text + "' is not a CPU share (try 50%, 150% or 1.5 for cores)");
        }
        BigDecimal percent = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(m.group(2) == null ? 100 : 1));
        if (percent.stripTrailingZeros().scale() > 0) {
            throw new LimitSyntaxException("'" + text + "' is not a whole percent of a core (try 12% or 13%)");
        }
        if (percent.compareTo(BigDecimal.ONE) < 0 || percent.compareTo(BigDecimal.valueOf(MAX_CPU_PERCENT)) > 0) {
            throw new LimitSyntaxException("'" + text + "' is out of range: a CPU share is 1% to " + MAX_CPU_PERCENT + "%");
        }
        return percent.longValueExact();
    }

    static long cpuTime(String text) {
        Matcher m = TIME.matcher(clean(text));
        if (!m.matches() || m.group(1).length() > 9 || Long.parseLong(m.group(1)) == 0) {
            throw new LimitSyntaxException("'" + text + "' is not a CPU time (whole seconds, minutes or hours: 90s, 10m, 2h)");
        }
        long unit = switch (m.group(2) == null ? "s" : m.group(2)) {
            case "m" -> 60;
            case "h" -> 3600;
            default -> 1;
        };
        return Long.parseLong(m.group(1)) * unit;
    }

    static String formatBytes(long bytes) {
        int power = 0;
        long value = bytes;
        while (power < UNITS.length() && value % 1024 == 0 && value > 0) {
            value /= 1024;
            power++;
        }
        return power == 0 ? Long.toString(value) : value + UNITS.substring(power - 1, power).toUpperCase(Locale.ROOT);
    }

    static String formatSeconds(long seconds) {
        if (seconds % 3600 == 0) {
            return seconds / 3600 + "h";
        }
        return seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}
