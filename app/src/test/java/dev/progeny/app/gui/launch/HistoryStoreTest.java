package dev.progeny.app.gui.launch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.app.gui.launch.HistoryStore.SavedLaunchBar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryStoreTest {
    @TempDir
    Path dir;

    @Test
    void roundTripsCommandsAndDirectory() throws Exception {
        HistoryStore store = new HistoryStore(dir.resolve("progeny/history.json"));
        store.save(new SavedLaunchBar(List.of("make test", "sh -c 'a | b'"), "/tmp"));

        SavedLaunchBar loaded = new HistoryStore(dir.resolve("progeny/history.json")).load();

        assertThat(loaded.commands()).containsExactly("make test", "sh -c 'a | b'");
        assertThat(loaded.directory()).isEqualTo("/tmp");
    }

    @Test
    void loadingDeDuplicatesAHandEditedFile() throws Exception {
        Path file = dir.resolve("history.json");
        Files.writeString(file, "{\"commands\":[\"ls\",\" ls \",\"top\",\"ls\"]}");

        assertThat(new HistoryStore(file).load().commands()).containsExactly("ls", "top");
    }

    @Test
    void aMissingFileIsAnEmptyHistory() {
        assertThat(new HistoryStore(dir.resolve("none.json")).load()).isEqualTo(SavedLaunchBar.EMPTY);
    }

    @Test
    void aDamagedFileIsAnEmptyHistoryAndIsReplacedOnSave() throws Exception {
        Path file = dir.resolve("history.json");
        Files.writeString(file, "{\"commands\": [\"ls\"");
        HistoryStore store = new HistoryStore(file);

        assertThat(store.load()).isEqualTo(SavedLaunchBar.EMPTY);
        store.save(new SavedLaunchBar(List.of("ls"), ""));
        assertThat(store.load().commands()).containsExactly("ls");
        assertThat(Files.list(dir)).containsExactly(file);
    }

    @Test
    void theConfigDirectoryCanBeOverriddenByASystemProperty() {
        String old = System.getProperty(HistoryStore.CONFIG_DIR_PROPERTY);
        System.setProperty(HistoryStore.CONFIG_DIR_PROPERTY, dir.toString());
        try {
            assertThat(HistoryStore.atDefaultLocation().file()).isEqualTo(dir.resolve("history.json"));
        } finally {
            if (old == null) {
                System.clearProperty(HistoryStore.CONFIG_DIR_PROPERTY);
            } else {
                System.setProperty(HistoryStore.CONFIG_DIR_PROPERTY, old);
            }
        }
    }
}
