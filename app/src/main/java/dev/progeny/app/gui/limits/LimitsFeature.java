package dev.progeny.app.gui.limits;

import dev.progeny.app.gui.MainWindow;
import dev.progeny.app.gui.WindowFeature;
import dev.progeny.app.gui.common.AppState;
import javafx.scene.control.MenuItem;

/**
 * Limits on running launches: the "Limits" tab, "Limits…" in the tree's context menu, and the
 * pop-up when a limit bites. (The launch bar's Limits control belongs to the launch bar; the
 * tree's launch header shows the limits in force.) Installed once, on the FX thread; every OS.
 */
public final class LimitsFeature implements WindowFeature {

    @Override
    public void install(MainWindow window, AppState state) {
        LaunchLimitsViewModel model = new LaunchLimitsViewModel(state);
        window.bottomTabs().getTabs().add(new LimitsTab(model));
        MenuItem item = new MenuItem("Limits\u2026");
        item.setId(LimitsStyles.MENU_ITEM_ID);
        item.disableProperty().bind(model.changeableProperty().not());
        item.setOnAction(e -> LimitsDialog.ask(window.stage(), "Limits of the running launch", model.asked())
                .ifPresent(model::change));
        window.treeContextMenuItems().add(item);
        new LimitNotifier(state, window.stage()).start();
    }
}
