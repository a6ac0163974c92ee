package dev.progeny.app.gui.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where launches' spill files live: {@code $XDG_CACHE_HOME/progeny/output} (XDG Base Directory
 * spec), else {@code ~/.cache/progeny/output}; the system property {@value #CACHE_DIR_PROPERTY}
 * overrides the cache directory (tests point it into {@code target/}). Each file is named after
 * the Progeny that wrote it ({@code PID-N.out}), so a later Progeny removes what a crashed
 * one left. Blocking file operations: off the FX thread. Thread-safe; every OS.
 */
public final class SpillFiles {
    public static final String CACHE_DIR_PROPERTY = "progeny.cacheDir";
    /** Per launch: a long build's output fits; a runaway loop stops filling the disk here. */
    public static final long LIMIT_BYTES = 1L << 30;
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private SpillFiles() {
    }

    public static Path directory() {
        String override = System.getProperty(CACHE_DIR_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override, "output");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "progeny", "output");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "progeny", "output");
    }

    /** A new file of this Progeny's, for a launch about to start (its id is not known yet). */
    static Path next() {
        return directory().resolve(ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet() + ".out");
    }

    /** Removes the files of Progenies that are gone (a crash, a kill -9); returns how many. */
    public static int sweepLeftovers() throws IOException {
        Path dir = directory();
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.out")) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                int dash = name.indexOf('-');
                long pid = dash > 0 && name.substring(0, dash).chars().allMatch(Character::isDigit)
                        ? Long.parseLong(name.substring(0, dash)) : -1;
                if (pid > 0 && ProcessHandle.of(pid).isEmpty() && Files.deleteIfExists(f)) {
                    removed++;
                }
            }
        }
        return removed;
    }
}
