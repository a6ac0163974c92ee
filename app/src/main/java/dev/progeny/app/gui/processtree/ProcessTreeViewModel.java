package dev.progeny.app.gui.processtree;

import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.gui.filter.ProcessFilter;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.Membership;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;

/**
 * The live tree's state and commands: refresh (one snapshot and diff in the background, one
 * patch applied on the FX thread), the system/launch view, the filter, the selected row (kept
 * across refreshes and view changes by process identity). Knows no control: the view applies
 * each {@link TreePatch}. FX thread only, except the pipeline it hands to the executor.
 */
public final class ProcessTreeViewModel {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final AppState state;
    private final RefreshPipeline pipeline;
    private final BooleanProperty systemView = new SimpleBooleanProperty(this, "systemView", false);
    private final BooleanProperty flat = new SimpleBooleanProperty(this, "flat", false);
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ObjectProperty<RowId> selectedRow = new SimpleObjectProperty<>(this, "selectedRow");
    private final ReadOnlyObjectWrapper<RefreshStats> lastRefresh = new ReadOnlyObjectWrapper<>(this, "lastRefresh");
    private final ReadOnlyObjectWrapper<List<LaunchStat>> launchStats = new ReadOnlyObjectWrapper<>(this, "launchStats", List.of());
    private Consumer<TreePatch> patchSink = patch -> { };
    private final SelectionFollower selection;
    private final StringBinding emptyText;
    private TreeModel model = TreeModel.EMPTY;
    /** Read by the details pane off the FX thread, hence volatile. */
    private volatile Map<ProcessKey, Set<Membership.Reason>> reasons = Map.of();
    private final BooleanProperty paused = new SimpleBooleanProperty(this, "paused", false);
    private final ObjectProperty<Duration> interval = new SimpleObjectProperty<>(this, "interval", Duration.ofSeconds(1));
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    /** Set by whoever starts a refresh (the FX thread or the refresh clock), cleared on the FX thread. */
    private final AtomicBoolean inFlight = new AtomicBoolean();
    /** The request the refresh clock runs next, prepared on the FX thread after each refresh. */
    private volatile RefreshPipeline.Request next;
    private boolean queued;
    private boolean queuedSnapshot;

    public ProcessTreeViewModel(AppState state) {
        this(state, TreeBuilder.forThisProcess(state.events()));
    }

    ProcessTreeViewModel(AppState state, TreeBuilder builder) {
        this.state = state;
        this.pipeline = new RefreshPipeline(state.platform().processTable(), builder);
        // The launches view's last snapshot may carry the rest of the system over from seconds ago.
        systemView.addListener((obs, old, now) -> request(now || state.snapshotProperty().get() == null));
        flat.addListener((obs, old, now) -> rebuild());
        filterText.addListener((obs, old, now) -> rebuild());
        selection = new SelectionFollower(state, selectedRow);
        state.launches().addListener((ListChangeListener<Launch>) change -> refresh());
        emptyText = Bindings.createStringBinding(() -> {
            String filter = filterText.get() == null ? "" : filterText.get().strip();
            if (!filter.isEmpty()) {
                return "No process matches \u201C" + filter + "\u201D" + (systemView.get() ? "" : " in the launches")
                        + ". Esc in the filter clears it.";
            }
            return systemView.get() ? "Reading processes\u2026"
                    : "No launches yet: launch a command (Ctrl+L), or show the whole system (Ctrl+2).";
        }, filterText, systemView, state.launches());
    }

    /** The view applies each patch to its tree items, on the FX thread. */
    public void setPatchSink(Consumer<TreePatch> sink) {
        this.patchSink = Objects.requireNonNull(sink);
    }

    /** Takes a new snapshot now (a refresh already under way is followed by one more). */
    public void refresh() {
        request(true);
    }

    /** Rebuilds the tree from the latest snapshot (after a view or filter change). */
    public void rebuild() {
        request(state.snapshotProperty().get() == null);
    }

    /**
     * A timed refresh, on the refresh clock's thread: runs the request prepared after the last
     * refresh right here, and only hands the result to the FX thread. Waking the FX thread to
     * start a refresh and a worker to run it cost more than the refresh itself on an idle
     * machine (each thread that wakes after a second asleep finds its caches cold). Falls back
     * to {@link #refresh()} on the FX thread before the first refresh or while one is under way.
     */
    void refreshFromClock() {
        RefreshPipeline.Request request = next;
        if (request == null || !inFlight.compareAndSet(false, true)) {
            state.executor().runOnFx(this::refresh);
            return;
        }
        try {
            RefreshPipeline.Result result = pipeline.run(request);
            state.executor().runOnFx(() -> apply(result));
        } catch (IOException | RuntimeException | Error e) {
            state.executor().runOnFx(() -> failed(e));
        }
    }

    private void request(boolean newSnapshot) {
        if (!inFlight.compareAndSet(false, true)) {
            queued = true;
            queuedSnapshot |= newSnapshot;
            return;
        }
        RefreshPipeline.Request request = requestFor(newSnapshot);
        state.executor().execute(() -> pipeline.run(request), this::apply, this::failed);
    }

    private RefreshPipeline.Request requestFor(boolean newSnapshot) {
        return new RefreshPipeline.Request(
                newSnapshot ? null : state.snapshotProperty().get(), List.copyOf(state.launches()),
                systemView.get(), flat.get(), new ProcessFilter(filterText.get()), model);
    }

    private void apply(RefreshPipeline.Result result) {
        long t0 = System.nanoTime();
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        state.snapshotProperty().set(result.snapshot());
        model = result.model();
        patchSink.accept(result.patch());
        reasons = result.reasons();
        selection.follow(model, result.launchOf());
        launchStats.set(result.launchStats());
        lastRefresh.set(new RefreshStats(result.snapshot().takenAt(), result.snapshot().size(),
                result.zombies(), model.size(), result.backgroundNanos(), System.nanoTime() - t0,
                THREADS.getCurrentThreadCpuTime() - cpu0));
        error.set("");
        finished();
    }

    private void failed(Throwable failure) {
        error.set("Refresh failed: " + failure.getMessage());
        finished();
    }

    private void finished() {
        next = requestFor(true);
        inFlight.set(false);
        if (queued) {
            boolean snapshot = queuedSnapshot || state.snapshotProperty().get() == null;
            queued = false;
            queuedSnapshot = false;
            request(snapshot);
        }
    }

    /** Why a process belongs to its launch (which containment caught it), as of the last refresh. Any thread. */
    public Optional<Set<Membership.Reason>> membershipOf(ProcessKey key) {
        return Optional.ofNullable(reasons.get(key));
    }

    /** The model the tree shows now (after the last applied patch). */
    public TreeModel model() {
        return model;
    }

    public BooleanProperty systemViewProperty() {
        return systemView;
    }

    /** A flat list (every row at the top, or under its launch) instead of the tree by parentage. */
    public BooleanProperty flatProperty() {
        return flat;
    }

    /** What the empty tree says, true to why it is empty: nothing matches the filter, or nothing was launched yet. */
    public StringBinding emptyTextProperty() {
        return emptyText;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    /** Selects {@code process}'s row (or its tombstone's), in whichever launch shows it; nothing when no row does. */
    public void selectProcess(ProcessKey process) {
        for (RowId id : model.entries().keySet()) {
            if (process.equals(id.process())) {
                selectedRow.set(id);
                return;
            }
        }
    }

    public ObjectProperty<RowId> selectedRowProperty() {
        return selectedRow;
    }

    public ReadOnlyObjectProperty<RefreshStats> lastRefreshProperty() {
        return lastRefresh.getReadOnlyProperty();
    }

    /** Refreshing stops while paused; an explicit {@link #refresh()} still works. */
    public BooleanProperty pausedProperty() {
        return paused;
    }

    /** Time between automatic refreshes. */
    public ObjectProperty<Duration> intervalProperty() {
        return interval;
    }

    /** Why the last refresh failed, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<LaunchStat>> launchStatsProperty() {
        return launchStats.getReadOnlyProperty();
    }
}
