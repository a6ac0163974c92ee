package dev.progeny.app.gui.processtree;

import java.time.Duration;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.controlsfx.control.SegmentedButton;

/**
 * The watch controls, bound to {@link ProcessTreeViewModel}: what the tree shows (the launches or
 * the whole system; a tree or a flat list), each a pair of buttons of which the chosen one is
 * lit, so "off" never looks like "on"; and the refresh controls (refresh now, pause, interval)
 * for the status bar. FX thread only.
 */
public final class WatchControls {
    static final List<Duration> INTERVALS = List.of(Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10));
    public static final String SWITCH = "view-switch";

    private final List<Node> viewNodes;
    private final List<Node> refreshNodes;

    public WatchControls(ProcessTreeViewModel viewModel) {
        SegmentedButton view = pair(viewModel.systemViewProperty(), "launches-switch", "Launches",
                "Show each launch with its family (Ctrl+1)", "system-switch", "Whole system", "Show every process (Ctrl+2)");
        SegmentedButton layout = pair(viewModel.flatProperty(), "tree-switch", "Tree",
                "Arrange by parentage (F5 switches)", "flat-switch", "Flat", "A flat list: sort by any column (F5 switches)");
        viewNodes = List.of(view, layout);

        Button refresh = new Button("Refresh");
        refresh.setId("refresh-button");
        refresh.setTooltip(new Tooltip("Refresh now (Ctrl+R)"));
        refresh.setOnAction(e -> viewModel.refresh());

        ToggleButton pause = new ToggleButton("Pause");
        pause.setId("pause-button");
        pause.getStyleClass().add(SWITCH);
        pause.setTooltip(new Tooltip("Pause or resume refreshing (Space)"));
        pause.selectedProperty().bindBidirectional(viewModel.pausedProperty());

        ChoiceBox<Duration> interval = new ChoiceBox<>();
        interval.setId("interval-choice");
        interval.setTooltip(new Tooltip("Time between refreshes"));
        interval.getItems().setAll(INTERVALS);
        interval.setConverter(new StringConverter<>() {
            @Override
            public String toString(Duration d) {
                return d == null ? "" : d.toMillis() % 1000 == 0 ? "every " + d.toSeconds() + " s" : "every " + d.toMillis() / 1000.0 + " s";
            }

            @Override
            public Duration fromString(String s) {
                throw new UnsupportedOperationException("choices only");
            }
        });
        interval.valueProperty().bindBidirectional(viewModel.intervalProperty());
        refreshNodes = List.of(refresh, pause, interval);
        refreshNodes.forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));
    }

    /** Two buttons for a yes/no choice, the chosen one lit; one stays chosen whatever is clicked. */
    private static SegmentedButton pair(BooleanProperty on, String offId, String offText, String offTip,
                                        String onId, String onText, String onTip) {
        ToggleButton no = button(offId, offText, offTip);
        ToggleButton yes = button(onId, onText, onTip);
        SegmentedButton pair = new SegmentedButton(no, yes);
        pair.getStyleClass().add(SWITCH);
        (on.get() ? yes : no).setSelected(true);
        pair.getToggleGroup().selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                on.set(now == yes);
            }
        });
        on.addListener((obs, old, now) -> {
            Toggle want = now ? yes : no;
            if (!want.isSelected()) {
                want.setSelected(true);
            }
        });
        return pair;
    }

    private static ToggleButton button(String id, String text, String tip) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setMinWidth(ToggleButton.USE_PREF_SIZE);
        return b;
    }

    /** For the tool bar: the view and layout switches. */
    public List<Node> viewNodes() {
        return viewNodes;
    }

    /** For the status bar, beside the refresh figures: refresh now, pause, interval. */
    public List<Node> refreshNodes() {
        return refreshNodes;
    }
}
