package dev.progeny.app.gui.processtree;

import java.util.function.Function;
import javafx.scene.control.TreeTableCell;

/** A cell that shows one formatted field of its row's data. FX thread only. */
class TextCell extends TreeTableCell<ProcessRow, RowData> {
    private final Function<RowData, String> text;

    TextCell(Function<RowData, String> text, boolean number) {
        this.text = text;
        if (number) {
            getStyleClass().add(ProcessTreeStyles.NUMBER_CELL);
        }
    }

    @Override
    protected void updateItem(RowData data, boolean empty) {
        super.updateItem(data, empty);
        setText(empty || data == null ? null : text.apply(data));
    }
}
