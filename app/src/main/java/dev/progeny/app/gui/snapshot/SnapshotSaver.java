package dev.progeny.app.gui.snapshot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.progeny.app.cli.ProcessJson;
import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.gui.common.Notice;
import dev.progeny.probes.Snapshot;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File → Save snapshot as JSON (Ctrl+Shift+S): every process on the system, read afresh, in the
 * document {@code progeny snapshot --json} prints. Read and written in the background; the result
 * goes to the messages. FX thread only, except the work.
 */
public final class SnapshotSaver {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneId.systemDefault());
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final AppState state;

    public SnapshotSaver(AppState state) {
        this.state = state;
    }

    public void save(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save a snapshot of every process");
        chooser.setInitialFileName("progeny-snapshot-" + STAMP.format(Instant.now()) + ".json");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
        File target = chooser.showSaveDialog(owner);
        if (target != null) {
            write(target.toPath());
        }
    }

    /** Reads the process table and writes it to {@code target}, in the background. */
    public void write(Path target) {
        state.executor().execute(() -> {
            Snapshot snapshot = state.platform().processTable().snapshot();
            JSON.writeValue(target.toFile(), ProcessJson.document(snapshot.processes()));
            return snapshot.size();
        }, n -> state.notices().post(Notice.of(Notice.Severity.DONE, "Saved a snapshot of " + n + " processes to " + target)),
                failure -> state.notices().post(Notice.of(Notice.Severity.ERROR, "Could not save the snapshot to " + target + ": "
                        + failure.getMessage())));
    }
}
