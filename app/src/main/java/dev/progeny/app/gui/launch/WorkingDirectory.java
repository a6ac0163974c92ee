package dev.progeny.app.gui.launch;

import java.nio.file.Path;
import java.util.Optional;

/** Reads the working-directory field: blank means Progeny's own, {@code ~} the home directory. */
final class WorkingDirectory {
    private WorkingDirectory() {
    }

    static Optional<Path> parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        String home = System.getProperty("user.home");
        if (t.equals("~")) {
            return Optional.of(Path.of(home));
        }
        if (t.startsWith("~/")) {
            return Optional.of(Path.of(home, t.substring(2)));
        }
        return Optional.of(Path.of(t));
    }
}
