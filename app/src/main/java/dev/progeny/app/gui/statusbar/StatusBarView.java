package dev.progeny.app.gui.statusbar;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.StatusBar;

/** The window's status bar (ControlsFX {@link StatusBar}) bound to {@link StatusViewModel}. FX thread only. */
public final class StatusBarView {
    private final StatusBar bar = new StatusBar();

    public StatusBarView(StatusViewModel viewModel) {
        bar.setId("status-bar");
        bar.textProperty().bind(viewModel.countsProperty());
        Label containment = label("status-containment");
        containment.textProperty().bind(viewModel.containmentProperty());
        Tooltip why = new Tooltip();
        why.textProperty().bind(viewModel.containmentWhyProperty());
        containment.setTooltip(why);
        Label events = label("status-events");
        events.textProperty().bind(viewModel.eventsProperty());
        Tooltip eventsWhy = new Tooltip();
        eventsWhy.textProperty().bind(viewModel.eventsWhyProperty());
        events.setTooltip(eventsWhy);
        Label refresh = label("status-refresh");
        refresh.textProperty().bind(viewModel.refreshProperty());
        bar.getRightItems().addAll(events, new Separator(Orientation.VERTICAL), containment,
                new Separator(Orientation.VERTICAL), refresh);
    }

    private static Label label(String id) {
        Label label = new Label();
        label.setId(id);
        label.setPadding(new Insets(0, 6, 0, 6));
        return label;
    }

    public StatusBar node() {
        return bar;
    }
}
