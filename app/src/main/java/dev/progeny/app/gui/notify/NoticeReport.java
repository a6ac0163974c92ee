package dev.progeny.app.gui.notify;

import dev.progeny.app.gui.common.Dialogs;
import dev.progeny.app.gui.common.Notice;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** A notice's whole report in a dialog: its summary and every detail line, selectable. FX thread only. */
final class NoticeReport {
    private NoticeReport() {
    }

    static void show(Notice notice, Window owner) {
        Alert alert = new Alert(Alert.AlertType.NONE, null, ButtonType.CLOSE);
        Dialogs.ownedBy(alert, owner);
        alert.setTitle("Report");
        alert.setHeaderText(notice.severity().sign() + " " + notice.summary());
        TextArea text = new TextArea(notice.details().isEmpty() ? notice.summary() : String.join("\n", notice.details()));
        text.setId(NotifyStyles.REPORT_TEXT_ID);
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(Math.min(20, Math.max(4, notice.details().size())));
        alert.getDialogPane().setContent(text);
        alert.setResizable(true);
        alert.show();
    }
}
