package dev.progeny.app.gui.notify;

import dev.progeny.probes.launch.Launch;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One line per launch that left live processes behind: a warning sign, who outlived it, and a
 * one-click cleanup (escalate the whole family) or dismiss. Hidden when there is none.
 * A JavaFX node: FX thread only. Every OS.
 */
public final class AlarmBar extends VBox {

    public AlarmBar(LaunchWatcher watcher, Consumer<Launch> cleanup) {
        setId(NotifyStyles.ALARM_BAR_ID);
        getStyleClass().add(NotifyStyles.ALARM_BAR);
        getStylesheets().add(Objects.requireNonNull(getClass().getResource(NotifyStyles.STYLESHEET)).toExternalForm());
        visibleProperty().bind(Bindings.isNotEmpty(watcher.alarms()));
        managedProperty().bind(visibleProperty());
        watcher.alarms().addListener((ListChangeListener<OutlivedAlarm>) c -> rebuild(watcher, cleanup));
    }

    private void rebuild(LaunchWatcher watcher, Consumer<Launch> cleanup) {
        getChildren().clear();
        for (OutlivedAlarm alarm : watcher.alarms()) {
            Label text = new Label("\u26A0  " + alarm.message());
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button end = new Button("End them");
            end.getStyleClass().add(NotifyStyles.CLEANUP_CLASS);
            end.setOnAction(e -> {
                watcher.dismiss(alarm);
                cleanup.accept(alarm.launch());
            });
            Button dismiss = new Button("Dismiss");
            dismiss.setOnAction(e -> watcher.dismiss(alarm));
            HBox row = new HBox(8, text, end, dismiss);
            row.getStyleClass().add(NotifyStyles.ALARM);
            row.setAlignment(Pos.CENTER_LEFT);
            getChildren().add(row);
        }
    }
}
