package dev.progeny.app.gui.processtree;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * The live process tree: a {@code TreeTableView} whose items are patched in place from
 * {@link ProcessTreeViewModel}, so selection, expansion and scroll position survive every
 * refresh. FX thread only.
 */
public final class ProcessTreeView {
    private final ProcessTreeViewModel viewModel;
    private final TreeTableView<ProcessRow> table = new TreeTableView<>();
    private final TreeItems items = new TreeItems();
    private boolean applying;
    /** The table skin's scrolling area, found once the skin exists (to keep the top row in place). */
    private VirtualFlow<?> flow;

    public ProcessTreeView(ProcessTreeViewModel viewModel, ContextMenu contextMenu) {
        this.viewModel = viewModel;
        table.setId("process-tree");
        table.getStyleClass().add(ProcessTreeStyles.TREE);
        table.getStylesheets().add(ProcessTreeView.class.getResource(ProcessTreeStyles.STYLESHEET).toExternalForm());
        table.setRoot(items.root());
        table.setShowRoot(false);
        table.setTableMenuButtonVisible(true);
        table.setColumnResizePolicy(TreeTableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setFixedCellSize(26);
        table.getColumns().setAll(ProcessColumns.create());
        table.setRowFactory(t -> new ProcessTreeRow());
        table.setContextMenu(contextMenu);
        Label empty = new Label();
        empty.setId("tree-empty");
        empty.setWrapText(true);
        empty.textProperty().bind(viewModel.emptyTextProperty());
        table.setPlaceholder(empty);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!applying) {
                viewModel.selectedRowProperty().set(now == null || now.getValue() == null ? null : now.getValue().id());
            }
        });
        viewModel.selectedRowProperty().addListener((obs, old, now) -> select(now));
        viewModel.setPatchSink(this::apply);
    }

    public TreeTableView<ProcessRow> node() {
        return table;
    }

    private void apply(TreePatch patch) {
        if (patch.isEmpty()) {
            return;
        }
        applying = true;
        try {
            TreeItem<ProcessRow> top = patch.changesStructure() ? firstVisible() : null;
            int topRow = top == null ? -1 : table.getRow(top);
            items.apply(patch);
            if (!table.getSortOrder().isEmpty()) {
                table.sort();
            }
            select(viewModel.selectedRowProperty().get());
            if (top != null && top.getParent() != null) {
                int now = table.getRow(top);
                if (topRow > 0 && now >= 0 && now != topRow) {
                    table.scrollTo(now);
                }
            }
        } finally {
            applying = false;
        }
    }

    private void select(RowId id) {
        TreeItem<ProcessRow> want = items.get(id);
        if (table.getSelectionModel().getSelectedItem() == want) {
            return;
        }
        boolean was = applying;
        applying = true;
        try {
            if (want == null) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().select(want);
            }
        } finally {
            applying = was;
        }
    }

    private TreeItem<ProcessRow> firstVisible() {
        if (flow == null && table.lookup(".virtual-flow") instanceof VirtualFlow<?> found) {
            flow = found;
        }
        if (flow == null) {
            return null;
        }
        IndexedCell<?> cell = flow.getFirstVisibleCell();
        return cell == null || cell.getIndex() < 0 ? null : table.getTreeItem(cell.getIndex());
    }
}
