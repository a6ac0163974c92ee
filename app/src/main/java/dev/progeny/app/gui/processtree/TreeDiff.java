package dev.progeny.app.gui.processtree;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Computes the {@link TreePatch} from one model to the next. Pure and thread-safe; runs off the FX thread. */
public final class TreeDiff {
    private TreeDiff() {
    }

    public static TreePatch between(TreeModel before, TreeModel after) {
        List<RowId> removed = new ArrayList<>();
        for (RowId id : before.entries().keySet()) {
            if (!after.contains(id)) {
                removed.add(id);
            }
        }
        List<TreeModel.Entry> added = new ArrayList<>();
        List<TreeModel.Entry> moved = new ArrayList<>();
        List<RowData> changed = new ArrayList<>();
        for (Map.Entry<RowId, TreeModel.Entry> e : after.entries().entrySet()) {
            TreeModel.Entry old = before.get(e.getKey());
            TreeModel.Entry now = e.getValue();
            if (old == null) {
                added.add(now);
                continue;
            }
            if (old == now) {
                continue;
            }
            if (!Objects.equals(old.parent(), now.parent())) {
                moved.add(now);
            }
            if (!old.data().equals(now.data())) {
                changed.add(now.data());
            }
        }
        return new TreePatch(removed, added, moved, changed);
    }
}
