package dev.progeny.app.gui.notify;

import dev.progeny.app.gui.common.Notice;
import dev.progeny.app.gui.common.Notices;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The notification area: every message of this run, newest first, each in full (wrapped, never
 * cut), with its buttons and its whole report a click away. It sits beside the bottom tabs, so a
 * message never moves the tree nor covers the details. A JavaFX node: FX thread only; every OS.
 */
public final class NoticesView extends VBox {
    private final ListView<Notice> list = new ListView<>();

    public NoticesView(Notices notices) {
        setId(NotifyStyles.NOTICES_ID);
        getStyleClass().add(NotifyStyles.NOTICES);
        getStylesheets().add(Objects.requireNonNull(getClass().getResource(NotifyStyles.STYLESHEET)).toExternalForm());
        Label title = new Label("Messages");
        title.getStyleClass().add(NotifyStyles.TITLE);
        Button clear = new Button("Clear");
        clear.setId(NotifyStyles.CLEAR_ID);
        clear.disableProperty().bind(Bindings.isEmpty(notices.all()));
        // Live notices (an alarm still waiting for an answer) stay; finished ones go.
        clear.setOnAction(e -> notices.all().removeIf(n -> n.actions().isEmpty()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(6, title, gap, clear);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add(NotifyStyles.HEADER);

        list.setId(NotifyStyles.LIST_ID);
        list.setItems(notices.all());
        Label empty = new Label("No messages yet: results of actions, launch errors and alarms appear here.");
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        list.setCellFactory(v -> new NoticeCell(notices, list));
        list.setOnKeyPressed(e -> {
            Notice selected = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                NoticeReport.show(selected, getScene().getWindow());
                e.consume();
            }
        });
        // The newest message is on top and in view, whatever was scrolled to before.
        notices.all().addListener((ListChangeListener<Notice>) c -> {
            while (c.next()) {
                if (c.wasAdded() && c.getFrom() == 0) {
                    list.scrollTo(0);
                }
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(header, list);
        setMinWidth(180);
    }

    /** Puts the keyboard focus on the newest message (Ctrl+M). */
    public void focus() {
        if (!list.getItems().isEmpty() && list.getSelectionModel().isEmpty()) {
            list.getSelectionModel().select(0);
        }
        list.requestFocus();
    }

    /** Shows {@code notice} at the top of the list and selects it. */
    public void reveal(Notice notice) {
        list.scrollTo(notice);
        list.getSelectionModel().select(notice);
        list.requestFocus();
    }
}
