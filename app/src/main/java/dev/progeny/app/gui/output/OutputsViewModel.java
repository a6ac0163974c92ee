package dev.progeny.app.gui.output;

import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.gui.common.Selection;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.Launcher;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;

/**
 * The output of every launch of this run, captured from its first byte when it was started
 * {@link #capturing} (else from what its bounded log still holds when it is added) and released
 * (its spill file removed) when it is removed, and which one the pane shows: the newest launch, or
 * the launch of the selected process. FX thread only.
 */
public final class OutputsViewModel {
    private static final System.Logger LOG = System.getLogger(OutputsViewModel.class.getName());

    private final AppState state;
    private final Map<Launch, OutputViewModel> outputs = new HashMap<>();
    /** Captures of launches started through {@link #capturing}, until the launch is added. */
    private final Map<Launch, OutputCapture> started = new ConcurrentHashMap<>();
    private final ObjectProperty<OutputViewModel> shown = new SimpleObjectProperty<>(this, "shown");

    public OutputsViewModel(AppState state) {
        this.state = state;
        state.executor().execute(SpillFiles::sweepLeftovers, n -> { },
                failure -> LOG.log(System.Logger.Level.WARNING, "cannot sweep old spill files", failure));
        state.launches().forEach(this::follow);
        state.launches().addListener((ListChangeListener<Launch>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(l -> shown.set(follow(l)));
                change.getRemoved().forEach(this::release);
            }
        });
        state.selectionProperty().addListener((obs, old, now) -> showLaunchOf(now));
    }

    /**
     * {@code launcher}, with every launch's output captured from its first byte: the window's
     * output and its spill file then miss nothing, however long the launch takes to be added.
     */
    public Launcher capturing(Launcher launcher) {
        return new CapturingLauncher(launcher, started::put);
    }

    private OutputViewModel follow(Launch launch) {
        return outputs.computeIfAbsent(launch, l -> {
            OutputCapture capture = started.remove(l);
            OutputViewModel model = capture != null ? new OutputViewModel(l, state.executor(), capture)
                    : new OutputViewModel(l, state.executor(), SpillFiles.next(), SpillFiles.LIMIT_BYTES);
            model.start();
            return model;
        });
    }

    private void release(Launch launch) {
        OutputViewModel gone = outputs.remove(launch);
        if (gone != null) {
            gone.dispose();
            if (shown.get() == gone) {
                shown.set(state.launches().isEmpty() ? null : outputs.get(state.launches().getLast()));
            }
        }
    }

    /** Releases every spill file (the window closes). */
    public void releaseAll() {
        outputs.values().forEach(OutputViewModel::closeNow);
        outputs.clear();
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
