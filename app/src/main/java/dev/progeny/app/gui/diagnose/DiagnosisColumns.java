package dev.progeny.app.gui.diagnose;

import dev.progeny.app.gui.processtree.ProcessRow;
import dev.progeny.app.gui.processtree.RowData;
import dev.progeny.probes.ProcessKey;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;

/**
 * The tree's diagnosis columns: Waiting for (shown), NSpid and Container (off until chosen in the
 * table's column menu). Their cells tell {@link VisibleRows} which process each shows, so only
 * the rows in view are read. FX thread only.
 */
final class DiagnosisColumns {
    private DiagnosisColumns() {
    }

    static List<TreeTableColumn<ProcessRow, RowData>> create(WaitingForViewModel model) {
        TreeTableColumn<ProcessRow, RowData> waiting = column("Waiting for", 300, model, model::waitingFor);
        TreeTableColumn<ProcessRow, RowData> nspid = column("NSpid", 90, model, model::nspid);
        TreeTableColumn<ProcessRow, RowData> container = column("Container", 180, model, model::container);
        nspid.setVisible(false);
        container.setVisible(false);
        model.placementsShownProperty().bind(nspid.visibleProperty().or(container.visibleProperty()));
        return List.of(waiting, nspid, container);
    }

    private static TreeTableColumn<ProcessRow, RowData> column(String title, double width, WaitingForViewModel model,
                                                               Function<ProcessKey, String> text) {
        TreeTableColumn<ProcessRow, RowData> c = new TreeTableColumn<>(title);
        c.setId("column-" + title.toLowerCase(Locale.ROOT).replace(' ', '-'));
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> f.getValue().getValue() == null ? null : f.getValue().getValue().dataProperty());
        c.setCellFactory(col -> new Cell(model, text));
        c.setComparator(Comparator.comparing(d -> d.process() == null ? "" : text.apply(d.process().key())));
        return c;
    }

    /** Shows one column's text for its row's process and keeps {@link VisibleRows} told. */
    private static final class Cell extends TreeTableCell<ProcessRow, RowData> {
        private final WaitingForViewModel model;
        private final Function<ProcessKey, String> text;
        private final InvalidationListener redraw = obs -> redraw();
        private ProcessKey shown;

        Cell(WaitingForViewModel model, Function<ProcessKey, String> text) {
            this.model = model;
            this.text = text;
            model.revisionProperty().addListener(new WeakInvalidationListener(redraw));
        }

        @Override
        protected void updateItem(RowData data, boolean empty) {
            super.updateItem(data, empty);
            ProcessKey key = empty || data == null || data.isLaunch() || data.process() == null ? null : data.process().key();
            if (shown != null && !shown.equals(key)) {
                model.visible().hide(shown);
            }
            if (key != null && !key.equals(shown)) {
                model.visible().show(data.process());
            } else if (key != null) {
                model.visible().update(data.process());
            }
            shown = key;
            redraw();
        }

        private void redraw() {
            setText(shown == null ? null : text.apply(shown));
        }
    }
}
