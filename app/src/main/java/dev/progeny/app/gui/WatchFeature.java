package dev.progeny.app.gui;

import dev.progeny.app.gui.chart.LaunchChartView;
import dev.progeny.app.gui.chart.LaunchChartViewModel;
import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.gui.details.DetailsView;
import dev.progeny.app.gui.details.DetailsViewModel;
import dev.progeny.app.gui.filter.FilterField;
import dev.progeny.app.gui.processtree.ProcessTreeView;
import dev.progeny.app.gui.processtree.ProcessTreeViewModel;
import dev.progeny.app.gui.processtree.RefreshTimer;
import dev.progeny.app.gui.processtree.WatchControls;
import dev.progeny.app.gui.statusbar.StatusBarView;
import dev.progeny.app.gui.statusbar.StatusViewModel;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.stage.WindowEvent;

/**
 * Watching: the live tree, its tool bar (refresh, pause, interval, system view, filter), the
 * details and chart tabs, the status bar, and the keys F5, Space and Ctrl+F. FX thread only; every OS.
 */
public final class WatchFeature implements WindowFeature {
    private ProcessTreeViewModel tree;

    @Override
    public void install(MainWindow window, AppState state) {
        tree = new ProcessTreeViewModel(state);
        ProcessTreeView view = new ProcessTreeView(tree, window.treeContextMenu());
        window.setTree(view.node());

        FilterField filter = new FilterField(tree.filterTextProperty());
        window.watchToolBar().getItems().addAll(new WatchControls(tree).nodes());
        window.watchToolBar().getItems().addAll(new Separator(), filter.node());
        window.setStatusBar(new StatusBarView(new StatusViewModel(state, tree), window.statusMessages()).node());

        Tab details = new Tab("Details", new DetailsView(new DetailsViewModel(state, tree::membershipOf)).node());
        details.setId("details-tab");
        Tab chart = new Tab("Chart");
        chart.setId("chart-tab");
        new LaunchChartView(new LaunchChartViewModel(state, tree), chart);
        window.bottomTabs().getTabs().addAll(details, chart);

        window.scene().getAccelerators().put(Shortcuts.FOCUS_FILTER, filter::focus);
        window.scene().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (Shortcuts.REFRESH.match(e)) {
                tree.refresh();
                e.consume();
            } else if (Shortcuts.PAUSE.match(e) && !takesText(window.scene().getFocusOwner())) {
                tree.pausedProperty().set(!tree.pausedProperty().get());
                e.consume();
            }
        });

        window.viewMenu().getItems().addAll(viewMenuItems());

        RefreshTimer timer = new RefreshTimer(tree);
        window.stage().addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> timer.stop());
        timer.start();
    }

    /** Whether Space belongs to the focused control (a text field, an editable combo box or spinner). */
    private static boolean takesText(Node focused) {
        return focused instanceof TextInputControl
                || focused instanceof ComboBoxBase<?> combo && combo.isEditable()
                || focused instanceof Spinner<?> spinner && spinner.isEditable();
    }

    private List<MenuItem> viewMenuItems() {
        CheckMenuItem system = new CheckMenuItem("Whole _system");
        system.selectedProperty().bindBidirectional(tree.systemViewProperty());
        CheckMenuItem pause = new CheckMenuItem("_Pause refreshing (Space)");
        pause.selectedProperty().bindBidirectional(tree.pausedProperty());
        MenuItem refresh = new MenuItem("_Refresh now (F5)");
        refresh.setOnAction(e -> tree.refresh());
        return List.of(system, pause, refresh);
    }

    /** The tree's view-model (for the benchmark and tests). */
    public ProcessTreeViewModel tree() {
        return tree;
    }
}
