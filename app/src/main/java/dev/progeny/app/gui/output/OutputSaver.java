package dev.progeny.app.gui.output;

import dev.progeny.app.gui.common.Notice;
import dev.progeny.app.gui.common.Notices;
import dev.progeny.app.gui.common.TaskExecutor;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File → Save output… (Ctrl+S): the shown launch's whole output, from its spill file (or, where
 * none could be written, the lines the window holds, and the message says so), as plain text in
 * the order read. The file is written in the background; the result goes to the messages.
 * FX thread only, except the writing.
 */
public final class OutputSaver {
    private final TaskExecutor executor;
    private final Notices notices;

    public OutputSaver(TaskExecutor executor, Notices notices) {
        this.executor = executor;
        this.notices = notices;
    }

    public void save(OutputViewModel output, Window owner) {
        if (output == null) {
            notices.post(Notice.of(Notice.Severity.INFO, "No launch yet: there is no output to save."));
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save output of launch " + output.launch().id());
        chooser.setInitialFileName("progeny-" + output.launch().id() + ".log");
        File target = chooser.showSaveDialog(owner);
        if (target != null) {
            write(output, target.toPath());
        }
    }

    /** Writes in the background and posts what happened. */
    public void write(OutputViewModel output, Path target) {
        SpillFile spill = output.spill();
        List<OutputLine> window = List.copyOf(output.lines());
        AtomicLong lines = new AtomicLong();
        executor.execute(() -> {
            try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                if (spill.failed() && spill.lines() == 0) {
                    for (OutputLine line : window) {
                        w.write(line.text());
                        w.write('\n');
                        lines.incrementAndGet();
                    }
                    return false;
                }
                spill.copyTo(w, lines::set);
                return true;
            }
        }, whole -> notices.post(Notice.of(whole ? Notice.Severity.DONE : Notice.Severity.WARNING, String.format(Locale.ROOT,
                "Saved %,d lines of launch %s to %s%s", lines.get(), output.launch().id(), target,
                whole ? "" : " (only the lines the window held: the spill file could not be written)"))),
                failure -> notices.post(Notice.of(Notice.Severity.ERROR, "Could not save the output to " + target + ": "
                        + (failure instanceof IOException ? failure.getMessage() : failure.toString()))));
    }
}
