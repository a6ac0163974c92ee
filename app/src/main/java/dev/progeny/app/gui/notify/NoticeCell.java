package dev.progeny.app.gui.notify;

import dev.progeny.app.gui.common.Notice;
import dev.progeny.app.gui.common.Notices;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * One notice: sign and time, the summary wrapped to the list's width, then its buttons and
 * "Report…" when it has details. FX thread only.
 */
final class NoticeCell extends ListCell<Notice> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private final Notices notices;
    private final Label sign = new Label();
    private final Label time = new Label();
    private final Label summary = new Label();
    private final HBox buttons = new HBox(6);
    private final VBox box = new VBox(2, new HBox(6, sign, time), summary, buttons);
    private Notice shown;

    NoticeCell(Notices notices, ListView<Notice> list) {
        this.notices = notices;
        getStyleClass().add(NotifyStyles.NOTICE);
        sign.getStyleClass().add(NotifyStyles.SIGN);
        time.getStyleClass().add(NotifyStyles.TIME);
        summary.getStyleClass().add(NotifyStyles.SUMMARY);
        summary.setWrapText(true);
        // Wrap inside the list, whatever its width (the scroll bar and padding take about 30 px).
        summary.maxWidthProperty().bind(list.widthProperty().subtract(30));
        box.setFillWidth(true);
        setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && shown != null) {
                NoticeReport.show(shown, getScene().getWindow());
            }
        });
    }

    @Override
    protected void updateItem(Notice notice, boolean empty) {
        super.updateItem(notice, empty);
        for (Notice.Severity s : Notice.Severity.values()) {
            pseudoClassStateChanged(PseudoClass.getPseudoClass(s.word()), !empty && notice != null && notice.severity() == s);
        }
        shown = empty ? null : notice;
        if (shown == null) {
            setGraphic(null);
            return;
        }
        sign.setText(notice.severity().sign() + " " + notice.severity().word());
        time.setText(TIME.format(notice.time()));
        summary.setText(notice.summary());
        buttons.getChildren().clear();
        for (Notice.Action a : notice.actions()) {
            Button b = new Button(a.label());
            b.setOnAction(e -> a.run().run());
            buttons.getChildren().add(b);
        }
        if (!notice.details().isEmpty()) {
            Button report = new Button("Report\u2026");
            report.getStyleClass().add(NotifyStyles.REPORT);
            report.setOnAction(e -> NoticeReport.show(notice, getScene().getWindow()));
            buttons.getChildren().add(report);
        }
        if (!notice.actions().isEmpty()) {
            Button dismiss = new Button("Dismiss");
            dismiss.setOnAction(e -> notices.dismiss(notice));
            buttons.getChildren().add(dismiss);
        }
        buttons.setVisible(!buttons.getChildren().isEmpty());
        buttons.setManaged(buttons.isVisible());
        setGraphic(box);
    }
}
