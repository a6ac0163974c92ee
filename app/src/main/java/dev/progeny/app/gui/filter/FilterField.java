package dev.progeny.app.gui.filter;

import javafx.beans.property.StringProperty;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.textfield.TextFields;

/**
 * The filter field: a clearable text field (ControlsFX) bound to the tree's filter text; Esc
 * clears it. FX thread only.
 */
public final class FilterField {
    private final TextField field = TextFields.createClearableTextField();

    public FilterField(StringProperty filterText) {
        field.setId("filter-field");
        field.setPromptText("Filter: name, pid, command (Ctrl+F, /)");
        field.setPrefColumnCount(18);
        field.setMinWidth(140);
        field.textProperty().bindBidirectional(filterText);
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                field.clear();
                e.consume();
            }
        });
    }

    public TextField node() {
        return field;
    }

    public void focus() {
        field.requestFocus();
        field.selectAll();
    }
}
