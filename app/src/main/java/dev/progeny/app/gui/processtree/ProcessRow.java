package dev.progeny.app.gui.processtree;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The stable object behind one tree row: the same for the row's whole life, its data replaced in
 * place on each refresh so cells update without rebuilding the tree. FX thread only.
 */
public final class ProcessRow {
    private final RowId id;
    private final ObjectProperty<RowData> data;

    ProcessRow(RowData data) {
        this.id = data.id();
        this.data = new SimpleObjectProperty<>(this, "data", data);
    }

    public RowId id() {
        return id;
    }

    public RowData data() {
        return data.get();
    }

    void setData(RowData next) {
        data.set(next);
    }

    public ObjectProperty<RowData> dataProperty() {
        return data;
    }
}
