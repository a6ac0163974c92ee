package dev.progeny.app.cli;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads durations the way people type them: {@code 500ms}, {@code 5s}, {@code 1.5s}, {@code 2m},
 * {@code 1h}, {@code 1d}; a bare number is seconds, as for {@code timeout(1)}. Thread-safe.
 */
public final class DurationConverter implements ITypeConverter<Duration> {
    private static final Pattern FORMAT = Pattern.compile("(\\d+(?:\\.\\d+)?|\\.\\d+)\\s*(ms|s|m|h|d)?");

    @Override
    public Duration convert(String value) {
        return parse(value);
    }

    /** The shortest exact text {@link #parse} reads back: {@code 1500ms}, {@code 5s}, {@code 2m}. */
    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms % 60_000 == 0 && ms > 0) {
            return ms / 60_000 + "m";
        }
        return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
    }

    public static Duration parse(String text) {
        Matcher m = FORMAT.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new TypeConversionException("'" + text + "' is not a duration (try 500ms, 5s, 1.5s, 2m, 1h)");
        }
        long nanosPerUnit = switch (m.group(2) == null ? "s" : m.group(2)) {
            case "ms" -> 1_000_000L;
            case "m" -> 60_000_000_000L;
            case "h" -> 3_600_000_000_000L;
            case "d" -> 86_400_000_000_000L;
            default -> 1_000_000_000L;
        };
        try {
            long nanos = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(nanosPerUnit)).longValueExact();
            return Duration.ofNanos(nanos);
        } catch (ArithmeticException e) {
            throw new TypeConversionException("'" + text + "' is too long a duration");
        }
    }
}
