package dev.progeny.app.gui.processtree;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How numbers and times read in the tree. Pure and thread-safe. */
final class Formats {
    private static final DateTimeFormatter TODAY = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter EARLIER = DateTimeFormatter.ofPattern("MMM d HH:mm", Locale.ROOT);

    private Formats() {
    }

    static String bytes(long bytes) {
        if (bytes <= 0) {
            return "";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
        }
        if (bytes < 1024L * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
        return String.format(Locale.ROOT, "%.2f GB", bytes / (1024.0 * 1024 * 1024));
    }

    static String percent(double percent) {
        return String.format(Locale.ROOT, "%.1f", percent);
    }

    static String started(long epochMillis) {
        if (epochMillis <= 0) {
            return "";
        }
        ZonedDateTime t = Instant.ofEpochMilli(epochMillis).atZone(ZoneId.systemDefault());
        return t.toLocalDate().equals(LocalDate.now()) ? TODAY.format(t) : EARLIER.format(t);
    }
}
