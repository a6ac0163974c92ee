package dev.progeny.app.gui.limits;

import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.gui.common.Selection;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.limits.AppliedLimits;
import dev.progeny.probes.limits.LaunchLimits;
import dev.progeny.probes.limits.LimitEvent;
import dev.progeny.probes.limits.Limits;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The limits of the selected launch: where each one is held, what bit, and changing them while it
 * runs (the change writes files or runs systemctl, so it runs on the executor). Reading what is
 * held does no I/O. FX thread only; every OS.
 */
public final class LaunchLimitsViewModel {
    private final AppState state;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyBooleanWrapper changeable = new ReadOnlyBooleanWrapper(this, "changeable");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");

    public LaunchLimitsViewModel(AppState state) {
        this.state = state;
        state.selectionProperty().addListener((obs, old, now) -> show());
        state.snapshotProperty().addListener((obs, old, now) -> show());
    }

    /** The selected launch, if any. */
    public Optional<Launch> launch() {
        return Optional.ofNullable(state.selectionProperty().get()).flatMap(Selection::launch);
    }

    /** The limits the selected launch was asked to have (to fill the dialog). */
    public Limits asked() {
        return launch().map(l -> l.limits().applied().asked()).orElse(Limits.NONE);
    }

    /** Sets the selected launch's limits to {@code wanted}; {@link #resultProperty()} says how it went. */
    public void change(Limits wanted) {
        Optional<Launch> launch = launch();
        if (launch.isEmpty()) {
            return;
        }
        result.set("Changing\u2026");
        state.executor().execute(() -> launch.get().limits().change(wanted), applied -> {
            long refused = applied.holds().values().stream().filter(h -> !h.held()).count();
            result.set(refused == 0 ? "\u2714 Limits changed." : LimitsText.WARNING + refused + " of "
                    + applied.holds().size() + " not held (see above).");
            show();
        }, failure -> result.set(LimitsText.WARNING + "Could not change the limits: " + failure.getMessage()));
    }

    private void show() {
        Optional<Launch> launch = launch();
        changeable.set(launch.filter(l -> l.exitStatus().isEmpty()).isPresent());
        text.set(launch.map(l -> describe(l.limits())).orElse("Select a launch (or one of its processes)."));
    }

    static String describe(LaunchLimits limits) {
        AppliedLimits applied = limits.applied();
        List<String> lines = new ArrayList<>(applied.lines());
        if (lines.isEmpty()) {
            lines.add("No limits. Change\u2026 adds some where this launch has a cgroup for them.");
        }
        for (LimitEvent e : limits.bitten()) {
            lines.add(LimitsText.WARNING + e.message());
        }
        return String.join("\n", lines);
    }

    /** One line per limit: what it is and where it is held (or why not), then what bit. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** Whether a running launch is selected. */
    public ReadOnlyBooleanProperty changeableProperty() {
        return changeable.getReadOnlyProperty();
    }

    /** How the last change went, one line. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }
}
