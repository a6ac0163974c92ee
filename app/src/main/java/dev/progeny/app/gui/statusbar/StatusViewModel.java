package dev.progeny.app.gui.statusbar;

import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.gui.processtree.ProcessTreeViewModel;
import dev.progeny.app.gui.processtree.RefreshStats;
import dev.progeny.probes.Capabilities;
import dev.progeny.probes.Capability;
import dev.progeny.probes.launch.Containment;
import dev.progeny.probes.launch.Launch;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;

/**
 * The status bar's texts: process and zombie counts; the status of the orphan adopter (named as
 * the platform names it: subreaper, procctl reaper) and of the cgroup, first what the platform
 * offers, then what the newest launch got; and how long the last refresh took (or that
 * refreshing is paused, or why it failed); and which event source feeds the process history and
 * why no better one does. FX thread only.
 */
public final class StatusViewModel {
    private final AppState state;
    private final ProcessTreeViewModel tree;
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper(this, "counts", "Reading processes…");
    private final ReadOnlyStringWrapper containment = new ReadOnlyStringWrapper(this, "containment", "");
    private final ReadOnlyStringWrapper containmentWhy = new ReadOnlyStringWrapper(this, "containmentWhy", "");
    private final ReadOnlyStringWrapper refresh = new ReadOnlyStringWrapper(this, "refresh", "");
    private final ReadOnlyStringWrapper events = new ReadOnlyStringWrapper(this, "events", "");
    private final ReadOnlyStringWrapper eventsWhy = new ReadOnlyStringWrapper(this, "eventsWhy", "");

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
        updateContainment();
        updateEvents();
        if (!tree.errorProperty().get().isEmpty()) {
            refresh.set(tree.errorProperty().get());
        } else if (tree.pausedProperty().get()) {
            refresh.set("Paused (Space resumes)");
        } else if (stats != null) {
            refresh.set(String.format(Locale.ROOT, "Refreshed in %.0f ms (UI %.1f ms)",
                    stats.backgroundNanos() / 1e6, stats.fxNanos() / 1e6));
        }
    }

    /** Before any launch, what the platform offers; after, what the newest launch got and why not. */
    private void updateContainment() {
        Capabilities caps = state.platform().capabilities();
        if (state.launches().isEmpty()) {
            containment.set(caps.adopter() + (caps.has(Capability.ORPHAN_ADOPTION) ? " available" : " unavailable")
                    + " · cgroup " + (caps.has(Capability.CGROUP_KILL) ? "available" : "unavailable"));
            containmentWhy.set(String.join("\n", caps.unavailable().values()));
            return;
        }
        Launch newest = state.launches().getLast();
        Set<Containment> in = newest.containment();
        boolean reaper = in.contains(Containment.SUBREAPER) || in.contains(Containment.REAPER);
        containment.set(caps.adopter() + (reaper ? " on" : " off") + " · cgroup " + (in.contains(Containment.CGROUP) ? "on" : "off"));
        containmentWhy.set(newest.unavailable().entrySet().stream()
                .map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + ": " + e.getValue())
                .collect(Collectors.joining("\n")));
    }

    /** The event source the history is fed by (opened by the first refresh), and why no better one runs. */
    private void updateEvents() {
        state.events().choice().ifPresent(choice -> {
            events.set("events: " + choice.source().name() + (choice.source().exact() ? " (exact)" : " (inexact)"));
            eventsWhy.set(choice.unavailable().isEmpty() ? "the best source this system has"
                    : choice.unavailable().stream().map(u -> u.name() + " unavailable: " + u.why())
                            .collect(Collectors.joining("\n")));
        });
    }

    /** E.g. "events: proc connector (exact)"; empty before the first refresh opened the source. */
    public ReadOnlyStringProperty eventsProperty() {
        return events.getReadOnlyProperty();
    }

    /** Why each better event source is not running (for the tooltip). */
    public ReadOnlyStringProperty eventsWhyProperty() {
        return eventsWhy.getReadOnlyProperty();
    }

    /** Why a containment mechanism is off (for the tooltip); empty when all are on. */
    public ReadOnlyStringProperty containmentWhyProperty() {
        return containmentWhy.getReadOnlyProperty();
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
