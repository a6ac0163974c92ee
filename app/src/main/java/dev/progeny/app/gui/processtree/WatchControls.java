package dev.progeny.app.gui.processtree;

import java.time.Duration;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.controlsfx.control.ToggleSwitch;

/**
 * The watch tool bar's controls: refresh now (F5), pause (Space), the refresh interval and the
 * whole-system switch, bound to {@link ProcessTreeViewModel}. FX thread only.
 */
public final class WatchControls {
    static final List<Duration> INTERVALS = List.of(Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10));

    private final List<Node> nodes;

    public WatchControls(ProcessTreeViewModel viewModel) {
        Button refresh = new Button("Refresh");
        refresh.setId("refresh-button");
        refresh.setTooltip(new Tooltip("Refresh now (F5)"));
        refresh.setOnAction(e -> viewModel.refresh());

        ToggleButton pause = new ToggleButton("Pause");
        pause.setId("pause-button");
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

        ToggleSwitch system = new ToggleSwitch("Whole system");
        system.setId("system-switch");
        system.setTooltip(new Tooltip("Show every process instead of the launches"));
        system.selectedProperty().bindBidirectional(viewModel.systemViewProperty());

        nodes = List.of(refresh, pause, interval, new Label(" "), system);
    }

    public List<Node> nodes() {
        return nodes;
    }
}
