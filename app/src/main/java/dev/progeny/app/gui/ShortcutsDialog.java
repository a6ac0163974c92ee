package dev.progeny.app.gui;

import dev.progeny.app.gui.common.Dialogs;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Help → Shortcuts: the keys of {@link Shortcuts#ALL} in a small table. FX thread; every OS. */
final class ShortcutsDialog {
    private ShortcutsDialog() {
    }

    static void show(Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        int row = 0;
        for (Shortcuts.Shortcut s : Shortcuts.ALL) {
            Label keys = new Label(s.keys());
            keys.getStyleClass().add("shortcut-keys");
            grid.addRow(row++, keys, new Label(s.action()));
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.CLOSE);
        Dialogs.ownedBy(alert, owner);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(grid);
        alert.show();
    }
}
