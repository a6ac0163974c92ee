package dev.progeny.app.gui.launch;

import dev.progeny.app.log.UserDirs;
import java.nio.file.Path;
import java.util.Optional;

/** Reads the working-directory field: blank means Progeny's own, {@code ~} the home directory ({@code $HOME}). */
final class WorkingDirectory {
    private WorkingDirectory() {
    }

    static Optional<Path> parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        Path home = UserDirs.current().home();
        if (t.equals("~")) {
            return Optional.of(home);
        }
        if (t.startsWith("~/")) {
            return Optional.of(home.resolve(t.substring(2)));
        }
        return Optional.of(Path.of(t));
    }
}
