package dev.progeny.app.gui.processtree;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TreeTableCell;
import javafx.scene.layout.HBox;

/** The name column: the name, then a labelled badge per mark (never colour alone). FX thread only. */
final class NameCell extends TreeTableCell<ProcessRow, RowData> {
    private final HBox badges = new HBox(4);
    private final Map<Badge, Label> labels = new EnumMap<>(Badge.class);

    NameCell() {
        getStyleClass().add(ProcessTreeStyles.NAME_CELL);
        setContentDisplay(ContentDisplay.RIGHT);
        setGraphicTextGap(6);
        for (Badge b : Badge.values()) {
            Label label = new Label(b.text());
            label.getStyleClass().addAll(ProcessTreeStyles.BADGE, b.styleClass());
            label.setMinWidth(Label.USE_PREF_SIZE);
            labels.put(b, label);
        }
    }

    @Override
    protected void updateItem(RowData data, boolean empty) {
        super.updateItem(data, empty);
        if (empty || data == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        setText(data.name());
        badges.getChildren().clear();
        for (Badge b : data.badges()) {
            badges.getChildren().add(labels.get(b));
        }
        setGraphic(badges.getChildren().isEmpty() ? null : badges);
    }
}
