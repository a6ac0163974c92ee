package dev.progeny.app.gui.processtree;

import java.util.List;

/**
 * The difference between two {@link TreeModel}s: what the FX thread must do to the tree items,
 * and nothing more. Immutable.
 *
 * @param removed rows to take out of the tree
 * @param added   new rows, parents before children, siblings in display order
 * @param moved   rows that now hang under another parent
 * @param changed rows whose data changed in place
 */
public record TreePatch(List<RowId> removed, List<TreeModel.Entry> added, List<TreeModel.Entry> moved,
                        List<RowData> changed) {

    public TreePatch {
        removed = List.copyOf(removed);
        added = List.copyOf(added);
        moved = List.copyOf(moved);
        changed = List.copyOf(changed);
    }

    /** Whether rows were added, removed or moved (not only changed in place). */
    public boolean changesStructure() {
        return !removed.isEmpty() || !added.isEmpty() || !moved.isEmpty();
    }

    public boolean isEmpty() {
        return !changesStructure() && changed.isEmpty();
    }
}
