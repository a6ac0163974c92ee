package dev.progeny.app.gui.processtree;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;

/**
 * The tree items keyed by row id, and the one operation that changes them: applying a
 * {@link TreePatch} in place, so items (and with them selection and expansion) live as long as
 * their rows. New subtrees are assembled before they are attached, to keep tree events few.
 * FX thread only.
 */
final class TreeItems {
    /** Display order when the user has not sorted: launches as launched, processes by pid. */
    private static final Comparator<TreeItem<ProcessRow>> NATURAL = Comparator.comparingInt(TreeItems::order);

    private final TreeItem<ProcessRow> root = new TreeItem<>();
    private final Map<RowId, TreeItem<ProcessRow>> items = new HashMap<>();

    TreeItems() {
        root.setExpanded(true);
    }

    TreeItem<ProcessRow> root() {
        return root;
    }

    TreeItem<ProcessRow> get(RowId id) {
        return id == null ? null : items.get(id);
    }

    void apply(TreePatch patch) {
        detachAll(patch.removed());
        Map<TreeItem<ProcessRow>, List<TreeItem<ProcessRow>>> newChildren = new IdentityHashMap<>();
        List<TreeItem<ProcessRow>> created = new ArrayList<>(patch.added().size());
        for (TreeModel.Entry e : patch.added()) {
            TreeItem<ProcessRow> item = new TreeItem<>(new ProcessRow(e.data()));
            item.setExpanded(true);
            items.put(e.data().id(), item);
            created.add(item);
            newChildren.computeIfAbsent(parentItem(e.parent()), k -> new ArrayList<>()).add(item);
        }
        for (TreeItem<ProcessRow> item : created) {
            List<TreeItem<ProcessRow>> kids = newChildren.remove(item);
            if (kids != null) {
                item.getChildren().setAll(kids);
            }
        }
        for (TreeModel.Entry e : patch.moved()) {
            TreeItem<ProcessRow> item = items.get(e.data().id());
            detach(item);
            newChildren.computeIfAbsent(parentItem(e.parent()), k -> new ArrayList<>()).add(item);
        }
        newChildren.forEach(TreeItems::insert);
        for (RowData d : patch.changed()) {
            TreeItem<ProcessRow> item = items.get(d.id());
            if (item != null) {
                item.getValue().setData(d);
            }
        }
    }

    private TreeItem<ProcessRow> parentItem(RowId parent) {
        TreeItem<ProcessRow> item = get(parent);
        return item == null ? root : item;
    }

    private void detachAll(List<RowId> removed) {
        Map<TreeItem<ProcessRow>, Set<TreeItem<ProcessRow>>> byParent = new IdentityHashMap<>();
        for (RowId id : removed) {
            TreeItem<ProcessRow> item = items.remove(id);
            if (item != null && item.getParent() != null) {
                byParent.computeIfAbsent(item.getParent(), k -> new HashSet<>()).add(item);
            }
        }
        byParent.forEach((parent, gone) -> parent.getChildren().removeAll(gone));
    }

    private static void detach(TreeItem<ProcessRow> item) {
        if (item != null && item.getParent() != null) {
            item.getParent().getChildren().remove(item);
        }
    }

    /** Adds children to an attached parent: one insert for one child, else add all and re-sort once. */
    private static void insert(TreeItem<ProcessRow> parent, List<TreeItem<ProcessRow>> kids) {
        ObservableList<TreeItem<ProcessRow>> children = parent.getChildren();
        if (kids.size() == 1) {
            TreeItem<ProcessRow> kid = kids.getFirst();
            int at = 0;
            while (at < children.size() && NATURAL.compare(children.get(at), kid) <= 0) {
                at++;
            }
            children.add(at, kid);
            return;
        }
        children.addAll(kids);
        FXCollections.sort(children, NATURAL);
    }

    private static int order(TreeItem<ProcessRow> item) {
        RowData d = item.getValue().data();
        return d.isLaunch() ? 0 : d.id().process().pid();
    }
}
