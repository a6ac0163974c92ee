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
import dev.progeny.app.gui.snapshot.SnapshotSaver;
import dev.progeny.app.gui.statusbar.StatusBarView;
import dev.progeny.app.gui.statusbar.StatusViewModel;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyEvent;
import javafx.stage.WindowEvent;

/**
 * Watching: the live tree, the view switches and filter in the tool bar, the refresh controls in
 * the status bar, the details and chart tabs, and the View menu with its keys (Ctrl+1/Ctrl+2,
 * F5, Ctrl+R, Space, Ctrl+F and /). FX thread only; every OS.
 */
public final class WatchFeature implements WindowFeature {
    private ProcessTreeViewModel tree;

    @Override
    public void install(MainWindow window, AppState state) {
        tree = new ProcessTreeViewModel(state);
        ProcessTreeView view = new ProcessTreeView(tree, window.treeContextMenu());
        window.setTree(view.node());

        FilterField filter = new FilterField(tree.filterTextProperty());
        WatchControls controls = new WatchControls(tree);
        window.watchToolBar().getItems().addAll(controls.viewNodes());
        window.watchToolBar().getItems().addAll(new Separator(), filter.node());
        window.setStatusBar(new StatusBarView(new StatusViewModel(state, tree), window.statusMessages(),
                controls.refreshNodes()).node());

        Tab details = new Tab("Details", new DetailsView(new DetailsViewModel(state, tree::membershipOf)).node());
        details.setId("details-tab");
        Tab chart = new Tab("Chart");
        chart.setId("chart-tab");
        new LaunchChartView(new LaunchChartViewModel(state, tree), chart);
        window.bottomTabs().getTabs().addAll(details, chart);

        window.scene().addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (Shortcuts.FOCUS_FILTER_CHARACTER.equals(e.getCharacter()) && !takesText(window.scene().getFocusOwner())) {
                filter.focus();
                e.consume();
            }
        });
        window.scene().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (Shortcuts.PAUSE.match(e) && !takesText(window.scene().getFocusOwner())) {
                tree.pausedProperty().set(!tree.pausedProperty().get());
                e.consume();
            }
        });
        window.viewMenu().getItems().addAll(viewMenuItems(filter));
        SnapshotSaver snapshots = new SnapshotSaver(state);
        MenuItem saveSnapshot = new MenuItem("Save _snapshot as JSON\u2026");
        saveSnapshot.setAccelerator(Shortcuts.SAVE_SNAPSHOT);
        saveSnapshot.setOnAction(e -> snapshots.save(window.stage()));
        window.fileMenu().getItems().add(saveSnapshot);

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

    private List<MenuItem> viewMenuItems(FilterField filter) {
        ToggleGroup views = new ToggleGroup();
        RadioMenuItem launches = new RadioMenuItem("_Launches");
        launches.setAccelerator(Shortcuts.LAUNCHES_VIEW);
        RadioMenuItem system = new RadioMenuItem("Whole _system");
        system.setAccelerator(Shortcuts.SYSTEM_VIEW);
        launches.setToggleGroup(views);
        system.setToggleGroup(views);
        system.selectedProperty().bindBidirectional(tree.systemViewProperty());
        launches.setSelected(!tree.systemViewProperty().get());
        tree.systemViewProperty().addListener((obs, old, now) -> launches.setSelected(!now));
        launches.setOnAction(e -> tree.systemViewProperty().set(false));
        CheckMenuItem flat = new CheckMenuItem("_Flat list (sort by any column)");
        flat.setAccelerator(Shortcuts.TREE_OR_FLAT);
        flat.selectedProperty().bindBidirectional(tree.flatProperty());
        CheckMenuItem pause = new CheckMenuItem("_Pause refreshing");
        pause.setAccelerator(Shortcuts.PAUSE);
        pause.selectedProperty().bindBidirectional(tree.pausedProperty());
        MenuItem refresh = new MenuItem("_Refresh now");
        refresh.setAccelerator(Shortcuts.REFRESH);
        refresh.setOnAction(e -> tree.refresh());
        MenuItem find = new MenuItem("F_ilter (also /)");
        find.setAccelerator(Shortcuts.FOCUS_FILTER);
        find.setOnAction(e -> filter.focus());
        return List.of(launches, system, flat, new SeparatorMenuItem(), refresh, pause, find);
    }

    /** The tree's view-model (for the benchmark and tests). */
    public ProcessTreeViewModel tree() {
        return tree;
    }
}
