package dev.progeny.app.gui.diagnose;

import dev.progeny.app.gui.MainWindow;
import dev.progeny.app.gui.WindowFeature;
import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.gui.processtree.ProcessRow;
import javafx.scene.control.Tab;
import javafx.scene.control.TreeTableView;

/**
 * Diagnosis in the window: the Waiting for column (and NSpid, Container, off by default) in the
 * process tree, and the Why tab beside Details. Install after the watch feature, which puts the
 * tree in the window. FX thread only; every OS (each platform tells what it can).
 */
public final class DiagnoseFeature implements WindowFeature {

    @Override
    @SuppressWarnings("unchecked")
    public void install(MainWindow window, AppState state) {
        // The split pane puts the tree among its children only once it has a skin.
        window.scene().getRoot().applyCss();
        if (!(window.scene().lookup("#process-tree") instanceof TreeTableView<?> tree)) {
            throw new IllegalStateException("install the watch feature first: there is no process tree to add columns to");
        }
        WaitingForViewModel waiting = new WaitingForViewModel(state);
        TreeTableView<ProcessRow> processTree = (TreeTableView<ProcessRow>) tree;
        int afterState = Math.min(processTree.getColumns().size(), indexAfter(processTree, "column-state"));
        processTree.getColumns().addAll(afterState, DiagnosisColumns.create(waiting));

        Tab why = new Tab("Why", new WhyView(new WhyViewModel(state)).node());
        why.setId("why-tab");
        int details = window.bottomTabs().getTabs().stream().map(Tab::getId).toList().indexOf("details-tab");
        window.bottomTabs().getTabs().add(details + 1, why);
    }

    private static int indexAfter(TreeTableView<ProcessRow> tree, String columnId) {
        for (int i = 0; i < tree.getColumns().size(); i++) {
            if (columnId.equals(tree.getColumns().get(i).getId())) {
                return i + 1;
            }
        }
        return tree.getColumns().size();
    }
}
