package dev.progeny.app.gui.timeline;

import dev.progeny.app.gui.MainWindow;
import dev.progeny.app.gui.WatchFeature;
import dev.progeny.app.gui.WindowFeature;
import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.gui.processtree.ProcessTreeViewModel;
import javafx.scene.control.Tab;

/**
 * The Timeline tab beside Details, Chart and Output: every process of a launch from the one
 * process history, rebuilt after each refresh of the tree, its selection tied to the tree's.
 * Installed after {@link WatchFeature} (whose tree it selects in), on the FX thread; every OS.
 */
public final class TimelineFeature implements WindowFeature {
    private final WatchFeature watch;
    private TimelineView view;
    private TimelineViewModel viewModel;

    public TimelineFeature(WatchFeature watch) {
        this.watch = watch;
    }

    @Override
    public void install(MainWindow window, AppState state) {
        ProcessTreeViewModel tree = watch.tree();
        viewModel = new TimelineViewModel(state, tree::selectProcess);
        view = new TimelineView(viewModel);
        Tab tab = new Tab("Timeline", view.node());
        tab.setId("timeline-tab");
        window.bottomTabs().getTabs().add(tab);
        tree.lastRefreshProperty().addListener((obs, old, now) -> {
            if (tab.isSelected()) {
                viewModel.update();
            }
        });
        tab.selectedProperty().addListener((obs, old, now) -> {
            if (now) {
                viewModel.update();
            }
        });
    }

    /** The timeline's view-model (for tests); null before {@link #install}. */
    public TimelineViewModel viewModel() {
        return viewModel;
    }

    /** The timeline's view (for the benchmark and tests); null before {@link #install}. */
    public TimelineView view() {
        return view;
    }
}
