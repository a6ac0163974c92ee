package dev.progeny.app.gui.processtree;

import javafx.beans.value.ChangeListener;
import javafx.scene.control.TreeTableRow;

/**
 * A tree row that wears its data's marks as pseudo-classes (launch, fresh, exited, zombie,
 * stopped, orphan, escapee), following in-place data changes. FX thread only.
 */
final class ProcessTreeRow extends TreeTableRow<ProcessRow> {
    private final ChangeListener<RowData> onData = (obs, old, now) -> mark(now);
    private ProcessRow watched;

    @Override
    protected void updateItem(ProcessRow row, boolean empty) {
        super.updateItem(row, empty);
        ProcessRow next = empty ? null : row;
        if (next != watched) {
            if (watched != null) {
                watched.dataProperty().removeListener(onData);
            }
            if (next != null) {
                next.dataProperty().addListener(onData);
            }
            watched = next;
        }
        mark(next == null ? null : next.data());
    }

    private void mark(RowData d) {
        pseudoClassStateChanged(ProcessTreeStyles.LAUNCH, d != null && d.isLaunch());
        pseudoClassStateChanged(ProcessTreeStyles.FRESH, d != null && d.has(Badge.NEW));
        pseudoClassStateChanged(ProcessTreeStyles.EXITED, d != null && d.has(Badge.EXITED));
        pseudoClassStateChanged(ProcessTreeStyles.ZOMBIE, d != null && d.has(Badge.ZOMBIE));
        pseudoClassStateChanged(ProcessTreeStyles.STOPPED, d != null && (d.has(Badge.STOPPED) || d.has(Badge.TRACED)));
        pseudoClassStateChanged(ProcessTreeStyles.ORPHAN, d != null && d.has(Badge.ORPHAN));
        pseudoClassStateChanged(ProcessTreeStyles.ESCAPEE, d != null && d.has(Badge.ESCAPEE));
    }
}
