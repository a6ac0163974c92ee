package dev.progeny.app.gui.statusbar;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The window's status bar: the window's message part on the left (a running countdown, the
 * newest message), which gives up width first; then process counts, containment and the last
 * refresh (the latter two shorten in a narrow window), and the refresh controls, which keep
 * theirs; bound to {@link StatusViewModel}. FX thread only.
 */
public final class StatusBarView {
    private final HBox bar = new HBox(4);

    /** @param refreshControls shown after the refresh figures (refresh now, pause, interval) */
    public StatusBarView(StatusViewModel viewModel, HBox messages, List<Node> refreshControls) {
        bar.setId("status-bar");
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        messages.setMinWidth(0);
        // No width of its own: it has what the others leave (Priority.ALWAYS), so it gives up width first.
        messages.setPrefWidth(0);
        messages.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(messages, Priority.ALWAYS);
        Label counts = label("status-counts");
        counts.textProperty().bind(viewModel.countsProperty());
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
        // In a narrow window the figures give up width too (ending in "…"): the controls never do.
        containment.setMinWidth(40);
        refresh.setMinWidth(40);
        events.setMinWidth(40);
        bar.getChildren().addAll(messages, counts, separator(), events, separator(), containment, separator(), refresh);
        bar.getChildren().addAll(refreshControls);
    }

    private static Node separator() {
        return new Separator(Orientation.VERTICAL);
    }

    private static Label label(String id) {
        Label label = new Label();
        label.setId(id);
        label.setPadding(new Insets(0, 6, 0, 6));
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    public HBox node() {
        return bar;
    }
}
