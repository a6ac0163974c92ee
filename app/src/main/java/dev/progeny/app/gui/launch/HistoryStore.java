package dev.progeny.app.gui.launch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.progeny.app.log.UserDirs;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/**
 * Keeps the launch bar's history between runs as JSON ({@code history.json} in Progeny's
 * config directory). Blocking file I/O: call it off the FX thread. Thread-safe for one writer.
 */
public final class HistoryStore {

    /** Overrides the config directory (tests point it at a temporary one). */
    public static final String CONFIG_DIR_PROPERTY = "progeny.configDir";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public HistoryStore(Path file) {
        this.file = file;
    }

    /** {@code history.json} in {@link #configDirectory()}. */
    public static HistoryStore atDefaultLocation() {
        return new HistoryStore(configDirectory().resolve("history.json"));
    }

    /** The system property {@value #CONFIG_DIR_PROPERTY} (tests), else the user's {@link UserDirs#config()}. */
    public static Path configDirectory() {
        String override = System.getProperty(CONFIG_DIR_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return UserDirs.current().config();
    }

    public Path file() {
        return file;
    }

    /** The saved launch bar state; empty when there is none or it cannot be read. */
    public SavedLaunchBar load() {
        if (!Files.isRegularFile(file)) {
            return SavedLaunchBar.EMPTY;
        }
        try {
            SavedLaunchBar saved = JSON.readValue(file.toFile(), SavedLaunchBar.class);
            return saved == null ? SavedLaunchBar.EMPTY : saved;
        } catch (IOException e) {
            // A damaged or unreadable file must not stop the app; the next save replaces it.
            return SavedLaunchBar.EMPTY;
        }
    }

    /** Writes atomically (temporary file, then rename) so a crash never leaves half a file. */
    public void save(SavedLaunchBar state) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), "history", ".tmp");
        try {
            JSON.writeValue(tmp.toFile(), state);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * What is kept: recent commands (most recent first), the last working directory, and the
     * limits of the last launch and those used recently (kind name to text, e.g. "MEMORY": "512M").
     *
     * @param commands     recent commands
     * @param directory    the last working directory typed, empty for Progeny's own
     * @param limits       the limits the last launch had
     * @param recentLimits limits used recently, most recent first
     */
    public record SavedLaunchBar(List<String> commands, String directory, Map<String, String> limits,
                                 List<Map<String, String>> recentLimits) {
        public static final SavedLaunchBar EMPTY = new SavedLaunchBar(List.of(), "");

        public SavedLaunchBar {
            commands = commands == null ? List.of() : new CommandHistory(commands).commands();
            directory = directory == null ? "" : directory;
            limits = limits == null ? Map.of() : Map.copyOf(limits);
            recentLimits = recentLimits == null ? List.of() : List.copyOf(recentLimits);
        }

        public SavedLaunchBar(List<String> commands, String directory) {
            this(commands, directory, Map.of(), List.of());
        }
    }
}
