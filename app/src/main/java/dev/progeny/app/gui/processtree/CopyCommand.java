package dev.progeny.app.gui.processtree;

import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.gui.common.Notice;
import dev.progeny.app.gui.common.Selection;
import java.util.Map;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;

/** Copies the selected row's command line, quoted for a shell, to the clipboard (Ctrl+Shift+C). FX thread only. */
public final class CopyCommand {
    private CopyCommand() {
    }

    public static void copySelected(AppState state) {
        Selection sel = state.selectionProperty().get();
        String text = sel == null ? "" : SelectedCommand.of(sel);
        if (text.isEmpty()) {
            state.notices().post(Notice.of(Notice.Severity.INFO, sel == null ? "Select a process to copy its command line."
                    : "Its command line is not readable (another user's process, or a kernel thread)."));
            return;
        }
        Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, text));
        state.notices().post(Notice.of(Notice.Severity.DONE, "Copied the command line: " + text));
    }
}
