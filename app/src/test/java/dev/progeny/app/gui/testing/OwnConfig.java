package dev.progeny.app.gui.testing;

import dev.progeny.app.gui.launch.HistoryStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A history directory of a window test's own: what the launch bar saves (commands, limits) would
 * otherwise be every later window test's in the same JVM, and the command field's width depends
 * on its history. Set before the window is built; closing restores the shared one and deletes this.
 */
public final class OwnConfig implements AutoCloseable {
    private final String shared;
    private final Path dir;

    private OwnConfig(String shared, Path dir) {
        this.shared = shared;
        this.dir = dir;
    }

    public static OwnConfig use() throws IOException {
        OwnConfig own = new OwnConfig(System.getProperty(HistoryStore.CONFIG_DIR_PROPERTY),
                Files.createTempDirectory("progeny-test-config"));
        System.setProperty(HistoryStore.CONFIG_DIR_PROPERTY, own.dir.toString());
        return own;
    }

    @Override
    public void close() throws IOException {
        if (shared == null) {
            System.clearProperty(HistoryStore.CONFIG_DIR_PROPERTY);
        } else {
            System.setProperty(HistoryStore.CONFIG_DIR_PROPERTY, shared);
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
