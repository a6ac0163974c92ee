package dev.progeny.app.gui.limits;

import dev.progeny.probes.limits.LimitKind;
import dev.progeny.probes.limits.LimitSyntaxException;
import dev.progeny.probes.limits.Limits;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Asks for limits: memory, processes, CPU share and CPU time as text, read like {@code run}'s
 * options; a value that does not read keeps the dialog open with the one-line reason. FX thread
 * only; every OS.
 */
public final class LimitsDialog {
    private static final Map<LimitKind, String> LABELS = Map.of(LimitKind.MEMORY, "Memory (e.g. 512M, 2G)",
            LimitKind.PROCESSES, "Processes (e.g. 200)", LimitKind.CPU, "CPU share (e.g. 50%, 150% = 1.5 cores)",
            LimitKind.CPU_TIME, "CPU time per process (e.g. 90s, 10m)");

    private LimitsDialog() {
    }

    /** Shows the dialog with {@code initial} filled in; empty when cancelled. */
    public static Optional<Limits> ask(Window owner, String title, Limits initial) {
        Dialog<Limits> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText("Blank means no limit.");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        GridPane grid = new GridPane(8, 6);
        Map<LimitKind, TextField> fields = new EnumMap<>(LimitKind.class);
        int row = 0;
        for (Map.Entry<LimitKind, String> e : LimitsForm.fields(initial).entrySet()) {
            TextField field = new TextField(e.getValue());
            field.setId(LimitsStyles.fieldId(e.getKey()));
            fields.put(e.getKey(), field);
            grid.addRow(row++, new Label(LABELS.get(e.getKey())), field);
        }
        Label error = new Label();
        error.setId(LimitsStyles.DIALOG_ERROR_ID);
        error.setWrapText(true);
        grid.add(error, 0, row, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, event -> {
            try {
                LimitsForm.parse(texts(fields));
                error.setText("");
            } catch (LimitSyntaxException bad) {
                error.setText(LimitsText.WARNING + bad.getMessage());
                event.consume();
            }
        });
        dialog.setResultConverter(button -> button == ButtonType.OK ? LimitsForm.parse(texts(fields)) : null);
        return dialog.showAndWait();
    }

    private static Map<LimitKind, String> texts(Map<LimitKind, TextField> fields) {
        Map<LimitKind, String> out = new EnumMap<>(LimitKind.class);
        fields.forEach((kind, field) -> out.put(kind, field.getText()));
        return out;
    }
}
