package dev.progeny.app.gui.timeline;

import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.gui.common.Selection;
import dev.progeny.app.gui.processtree.ExitWords;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.events.LaunchHistory;
import dev.progeny.probes.events.Outcomes;
import dev.progeny.probes.events.ProcessRecord;
import dev.progeny.probes.launch.Launch;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The timeline tab's state: which launch it shows (the selection's, else the newest), its rows
 * from the one process history (rebuilt on the executor at each {@link #update} while the launch
 * runs or has news), the viewport,
 * the "only failed" filter and the selected bar. Selecting a bar asks the tree to select that
 * process ({@code revealInTree}); selecting in the tree selects the bar. FX thread only.
 */
public final class TimelineViewModel {
    private final AppState state;
    private final Consumer<ProcessKey> revealInTree;
    private final ReadOnlyObjectWrapper<TimelineRows> rows = new ReadOnlyObjectWrapper<>(this, "rows", TimelineRows.EMPTY);
    private final ObjectProperty<TimelineViewport> viewport = new SimpleObjectProperty<>(this, "viewport",
            new TimelineViewport(0, 1e6, 0, 0, 0, true));
    private final BooleanProperty onlyFailed = new SimpleBooleanProperty(this, "onlyFailed", false);
    private final ObjectProperty<ProcessKey> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<String> launchShown = new ReadOnlyObjectWrapper<>(this, "launchShown", "");
    private boolean building;
    private Built built;
    private boolean again;

    public TimelineViewModel(AppState state, Consumer<ProcessKey> revealInTree) {
        this.state = state;
        this.revealInTree = revealInTree;
        onlyFailed.addListener((obs, old, now) -> update());
        state.selectionProperty().addListener((obs, old, now) -> followTree(now));
    }

    /** Rebuilds the rows from the history (off the FX thread); the viewport follows a live launch. */
    public void update() {
        Optional<Launch> launch = shownLaunch();
        if (launch.isEmpty()) {
            rows.set(TimelineRows.EMPTY);
            launchShown.set("");
            return;
        }
        if (building) {
            again = true;
            return;
        }
        String id = launch.get().id();
        boolean failedOnly = onlyFailed.get();
        LaunchHistory history = state.events().history().view().launch(id);
        Built now = new Built(id, failedOnly, history.records().size(), history.outcomes());
        boolean allEnded = history.records().size() == history.outcomes().total() - history.summarised().total();
        if (now.equals(built) && allEnded) {
            return; // nothing new, nothing growing: the rows stand
        }
        building = true;
        state.executor().execute(() -> TimelineRows.of(history, System.nanoTime(), failedOnly), rows -> {
            built = now;
            show(id, rows);
            finished();
        }, error -> finished());
    }

    /** What the rows shown were built from: the same again, with nothing running, needs no rebuild. */
    private record Built(String launch, boolean onlyFailed, int processes, Outcomes ended) {
    }

    /**
     * Shows {@code built}, the rows of launch {@code id}: fitted the first time, then growing while
     * followed. {@link #update} calls it; the timeline benchmark hands it rows of its own.
     */
    public void show(String id, TimelineRows built) {
        boolean first = rows.get().bars().isEmpty();
        rows.set(built);
        launchShown.set(id);
        TimelineViewport v = viewport.get();
        viewport.set(first ? TimelineViewport.fit(built, v.width(), v.height()) : v.grownTo(built));
    }

    private void finished() {
        building = false;
        if (again) {
            again = false;
            update();
        }
    }

    private Optional<Launch> shownLaunch() {
        Selection sel = state.selectionProperty().get();
        if (sel != null && sel.launch().isPresent()) {
            return sel.launch();
        }
        return state.launches().isEmpty() ? Optional.empty() : Optional.of(state.launches().getLast());
    }

    private void followTree(Selection sel) {
        if (sel == null) {
            return;
        }
        if (sel.launch().isPresent() && !sel.launch().get().id().equals(launchShown.get())) {
            update();
        }
        // A header or a process never seen selects no bar.
        ProcessKey key = sel.process().map(ProcessInfo::key).orElse(null);
        if (key != null && !key.equals(selected.get())) {
            selected.set(key);
            rows.get().rowOf(key).ifPresent(row -> viewport.set(viewport.get().reveal(row)));
        }
    }

    /** Selects the bar at {@code row} (none when out of range) and the same process in the tree. */
    public void select(int row) {
        TimelineRows r = rows.get();
        if (row < 0 || row >= r.bars().size()) {
            return;
        }
        ProcessKey key = r.bars().get(row).record().key();
        selected.set(key);
        viewport.set(viewport.get().reveal(row));
        revealInTree.accept(key);
    }

    /** Moves the selection {@code by} rows (arrow keys). */
    public void step(int by) {
        TimelineRows r = rows.get();
        int at = selected.get() == null ? -1 : r.rowOf(selected.get()).orElse(-1);
        select(Math.clamp(at + by, 0, Math.max(0, r.bars().size() - 1)));
    }

    public void fit() {
        TimelineViewport v = viewport.get();
        viewport.set(TimelineViewport.fit(rows.get(), v.width(), v.height()));
    }

    /** What hovering or selecting a bar tells: pid, argv, duration, exit status. */
    public String describe(TimelineBar bar) {
        ProcessRecord r = bar.record();
        String how = r.ended() ? ExitWords.of(r.status(), state.platform().signals()) : "running";
        int execs = r.programs().size() - 1;
        return String.format(Locale.ROOT, "pid %d · %s · %s · %s%s", r.key().pid(), duration(bar.durationNanos()), how,
                r.argv().isEmpty() ? r.name() : String.join(" ", r.argv()), execs == 0 ? "" : " (after " + execs
                        + (execs == 1 ? " exec)" : " execs)"));
    }

    /** A bar's text: the name and, once ended, how (the text says what the colour says). */
    public String label(TimelineBar bar) {
        ProcessRecord r = bar.record();
        String name = r.name().isEmpty() ? "pid " + r.key().pid() : r.name();
        return switch (bar.kind()) {
            case RUNNING -> name;
            case SUCCEEDED -> name + " \u2713";
            case FAILED, KILLED -> name + " \u2717 " + ExitWords.of(r.status(), state.platform().signals());
            case UNKNOWN -> name + " (ended)";
        };
    }

    static String duration(long nanos) {
        if (nanos < 1_000_000) {
            return String.format(Locale.ROOT, "%.0f µs", nanos / 1e3);
        }
        if (nanos < 1_000_000_000) {
            return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
        }
        return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }

    public ReadOnlyObjectProperty<TimelineRows> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public ObjectProperty<TimelineViewport> viewportProperty() {
        return viewport;
    }

    public BooleanProperty onlyFailedProperty() {
        return onlyFailed;
    }

    /** The selected bar's process (also when the tree selected it). */
    public ObjectProperty<ProcessKey> selectedProperty() {
        return selected;
    }

    /** The id of the launch shown, empty when there is none. */
    public ReadOnlyObjectProperty<String> launchShownProperty() {
        return launchShown.getReadOnlyProperty();
    }
}
