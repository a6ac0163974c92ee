package dev.progeny.app.gui;

import dev.progeny.app.log.AppLog;
import dev.progeny.probes.Platform;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Help → About: the version, the platform, and where the log is (selectable, to paste into a bug
 * report). FX thread; every OS.
 */
final class AboutDialog {
    private AboutDialog() {
    }

    /** The lines shown, label and value; pure, for tests. */
    static List<String[]> facts(Platform platform) {
        String version = AboutDialog.class.getPackage().getImplementationVersion();
        return List.of(
                new String[] {"Version", version == null ? "development build" : version},
                new String[] {"Platform", platform.os() + ", Java " + Runtime.version()},
                new String[] {"Log", AppLog.file().map(Object::toString).orElse("not written (standard error)")});
    }

    static void show(Window owner, Platform platform) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        int row = 0;
        for (String[] fact : facts(platform)) {
            TextField value = new TextField(fact[1]);
            value.setEditable(false);
            value.setPrefColumnCount(Math.max(20, fact[1].length()));
            value.setId("about-" + fact[0].toLowerCase(Locale.ROOT));
            grid.addRow(row++, new Label(fact[0]), value);
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("About Progeny");
        alert.setHeaderText("Progeny: a process-tree monitor");
        alert.getDialogPane().setContent(grid);
        alert.show();
    }
}
