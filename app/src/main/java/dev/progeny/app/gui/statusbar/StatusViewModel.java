package dev.progeny.app.gui.statusbar;

import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.gui.processtree.ProcessTreeViewModel;
import dev.progeny.app.gui.processtree.RefreshStats;
import dev.progeny.probes.launch.Containment;
import dev.progeny.probes.launch.Launch;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;

/**
 * The status bar's texts: process and zombie counts, what containment the launches got, and how
 * long the last refresh took (or that refreshing is paused, or why it failed). FX thread only.
 */
public final class StatusViewModel {
    private final AppState state;
    private final ProcessTreeViewModel tree;
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper(this, "counts", "Reading processes…");
    private final ReadOnlyStringWrapper containment = new ReadOnlyStringWrapper(this, "containment", "");
    private final ReadOnlyStringWrapper refresh = new ReadOnlyStringWrapper(this, "refresh", "");

    public StatusViewModel(AppState state, ProcessTreeViewModel tree) {
        this.state = state;
        this.tree = tree;
        tree.lastRefreshProperty().addListener((obs, old, now) -> update());
        tree.pausedProperty().addListener((obs, old, now) -> update());
        tree.errorProperty().addListener((obs, old, now) -> update());
        state.launches().addListener((ListChangeListener<Launch>) c -> update());
        update();
    }

    private void update() {
        RefreshStats stats = tree.lastRefreshProperty().get();
        if (stats != null) {
            counts.set(stats.processes() + " processes · " + stats.zombies() + (stats.zombies() == 1 ? " zombie" : " zombies"));
        }
        containment.set(containmentText());
        if (!tree.errorProperty().get().isEmpty()) {
            refresh.set(tree.errorProperty().get());
        } else if (tree.pausedProperty().get()) {
            refresh.set("Paused (Space resumes)");
        } else if (stats != null) {
            refresh.set(String.format(Locale.ROOT, "Refreshed in %.0f ms (UI %.1f ms)",
                    stats.backgroundNanos() / 1e6, stats.fxNanos() / 1e6));
        }
    }

    private String containmentText() {
        if (state.launches().isEmpty()) {
            return "No launches";
        }
        Set<Containment> in = EnumSet.noneOf(Containment.class);
        for (Launch l : state.launches()) {
            in.addAll(l.containment());
        }
        boolean reaper = in.contains(Containment.SUBREAPER) || in.contains(Containment.REAPER);
        return "Subreaper " + (reaper ? "on" : "off") + " · cgroup " + (in.contains(Containment.CGROUP) ? "on" : "off");
    }

    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty containmentProperty() {
        return containment.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty refreshProperty() {
        return refresh.getReadOnlyProperty();
    }
}
