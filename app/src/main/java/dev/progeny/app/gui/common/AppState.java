package dev.progeny.app.gui.common;

import dev.progeny.probes.Platform;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.events.EventRecorder;
import dev.progeny.probes.launch.Launch;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The state every feature of the window shares: the platform, the background executor, the
 * launches made in this run, the process history they are recorded in, the latest snapshot, the
 * current selection and the messages. Properties and lists are touched on the FX thread only.
 */
public final class AppState {
    private final Platform platform;
    private final TaskExecutor executor;
    private final ObservableList<Launch> launches = FXCollections.observableArrayList();
    private final ObjectProperty<Snapshot> snapshot = new SimpleObjectProperty<>(this, "snapshot");
    private final ObjectProperty<Selection> selection = new SimpleObjectProperty<>(this, "selection");
    private final Notices notices = new Notices();
    private final EventRecorder events;

    public AppState(Platform platform, TaskExecutor executor) {
        this.platform = platform;
        this.executor = executor;
        // Opened by the first refresh, off the FX thread; until an exact source runs, fed its readings.
        this.events = EventRecorder.ofEveryProcess(platform.events());
        launches.addListener((ListChangeListener<Launch>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(events::launched);
            }
        });
    }

    /** The one process history of this window and its event source. Thread-safe. */
    public EventRecorder events() {
        return events;
    }

    public Platform platform() {
        return platform;
    }

    public TaskExecutor executor() {
        return executor;
    }

    /** Launches of this run, oldest first; ended ones stay until the user removes them. */
    public ObservableList<Launch> launches() {
        return launches;
    }

    /** The latest snapshot the tree shows (set by the refresh pipeline). */
    public ObjectProperty<Snapshot> snapshotProperty() {
        return snapshot;
    }

    public ObjectProperty<Selection> selectionProperty() {
        return selection;
    }

    /** The window's one place for messages (results, errors, alarms, banners). */
    public Notices notices() {
        return notices;
    }
}
