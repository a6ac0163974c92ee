package dev.progeny.app.gui.output;

import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.gui.common.Selection;
import dev.progeny.probes.launch.Launch;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;

/**
 * The output of every launch of this run, captured from the moment it is added, and which one
 * the pane shows: the newest launch, or the launch of the selected process. FX thread only.
 */
public final class OutputsViewModel {
    private final AppState state;
    private final Map<Launch, OutputViewModel> outputs = new HashMap<>();
    private final ObjectProperty<OutputViewModel> shown = new SimpleObjectProperty<>(this, "shown");

    public OutputsViewModel(AppState state) {
        this.state = state;
        state.launches().forEach(this::follow);
        state.launches().addListener((ListChangeListener<Launch>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(l -> shown.set(follow(l)));
                change.getRemoved().forEach(outputs::remove);
            }
        });
        state.selectionProperty().addListener((obs, old, now) -> showLaunchOf(now));
    }

    private OutputViewModel follow(Launch launch) {
        return outputs.computeIfAbsent(launch, l -> {
            OutputViewModel model = new OutputViewModel(l, state.executor());
            model.start();
            return model;
        });
    }

    private void showLaunchOf(Selection selection) {
        if (selection != null) {
            selection.launch().map(outputs::get).ifPresent(shown::set);
        }
    }

    /** Shows {@code launch}'s output (from the pane's launch chooser). */
    public void show(Launch launch) {
        if (launch != null) {
            shown.set(follow(launch));
        }
    }

    /** The output shown; null before the first launch. */
    public ObjectProperty<OutputViewModel> shownProperty() {
        return shown;
    }

    public AppState state() {
        return state;
    }
}
