package dev.progeny.app.gui.chart;

import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.gui.common.Selection;
import dev.progeny.app.gui.processtree.LaunchLabel;
import dev.progeny.app.gui.processtree.LaunchStat;
import dev.progeny.app.gui.processtree.ProcessTreeViewModel;
import dev.progeny.probes.launch.Launch;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The recent history of each launch (process count, CPU %, memory per refresh) and which one the
 * chart shows: the selected process's launch, else the newest launch. Time runs from the moment
 * the launch's process started (its first sample when it was never seen). FX thread only.
 */
public final class LaunchChartViewModel {
    /** One refresh of one launch; {@code seconds} since the launch started. */
    public record Sample(double seconds, int processes, double cpuPercent, long rssBytes) {
    }

    /** What the chart draws; {@code startedEpochMillis} is time 0 of the samples (0 when nothing is shown). */
    public record History(String title, long startedEpochMillis, List<Sample> samples) {
    }

    static final int KEEP = 120;

    private final AppState state;
    private final Map<String, ArrayDeque<Sample>> history = new HashMap<>();
    private final Map<String, Long> started = new HashMap<>();
    private final ReadOnlyObjectWrapper<History> shown = new ReadOnlyObjectWrapper<>(this, "shown", new History("", 0, List.of()));

    public LaunchChartViewModel(AppState state, ProcessTreeViewModel tree) {
        this.state = state;
        // Every refresh is a sample, even when the figures did not change (then the stats list is equal).
        tree.lastRefreshProperty().addListener((obs, old, now) -> record(now.takenAt().toEpochMilli(),
                tree.launchStatsProperty().get()));
        state.selectionProperty().addListener((obs, old, now) -> update());
    }

    private void record(long takenAtMillis, List<LaunchStat> stats) {
        List<String> ids = stats.stream().map(LaunchStat::launchId).toList();
        history.keySet().retainAll(ids);
        started.keySet().retainAll(ids);
        for (LaunchStat s : stats) {
            long zero = started.computeIfAbsent(s.launchId(), id -> s.startedEpochMillis() > 0 ? s.startedEpochMillis() : takenAtMillis);
            ArrayDeque<Sample> samples = history.computeIfAbsent(s.launchId(), k -> new ArrayDeque<>());
            samples.addLast(new Sample((takenAtMillis - zero) / 1000.0, s.processes(), s.cpuPercent(), s.rssBytes()));
            if (samples.size() > KEEP) {
                samples.removeFirst();
            }
        }
        update();
    }

    private void update() {
        Launch launch = chosen();
        if (launch == null) {
            shown.set(new History("No launch to chart yet", 0, List.of()));
            return;
        }
        ArrayDeque<Sample> samples = history.get(launch.id());
        shown.set(new History(LaunchLabel.of(launch.spec()), started.getOrDefault(launch.id(), 0L),
                samples == null ? List.of() : List.copyOf(samples)));
    }

    private Launch chosen() {
        Selection sel = state.selectionProperty().get();
        if (sel != null && sel.launch().isPresent()) {
            return sel.launch().get();
        }
        return state.launches().isEmpty() ? null : state.launches().getLast();
    }

    public ReadOnlyObjectProperty<History> shownProperty() {
        return shown.getReadOnlyProperty();
    }
}
