package dev.progeny.app.gui.notify;

import dev.progeny.app.gui.common.AppState;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.launch.ExitStatus;
import dev.progeny.probes.launch.Launch;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Waits (in the background) for each launch's command to end, reports it, and raises an alarm
 * when members of its family are still alive then: they outlived their launch. A launch whose
 * family is gone is closed (its cgroup and registry entry released). Properties and callbacks on
 * the FX thread.
 */
public final class LaunchWatcher {
    private static final System.Logger LOG = System.getLogger(LaunchWatcher.class.getName());
    private final AppState state;
    private final ObservableList<OutlivedAlarm> alarms = FXCollections.observableArrayList();
    private Consumer<LaunchEnded> onEnded = e -> { };
    private Consumer<OutlivedAlarm> onOutlived = a -> { };

    public LaunchWatcher(AppState state) {
        this.state = state;
    }

    /** Starts watching the launches there are and every one added later. FX thread. */
    public void start() {
        state.launches().forEach(this::watch);
        state.launches().addListener((ListChangeListener<Launch>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::watch);
            }
        });
    }

    private void watch(Launch launch) {
        state.executor().execute(launch::waitFor, status -> ended(launch, status), failure -> failed(launch, "wait for", failure));
    }

    /** Nothing on screen can say it better: the launch's row stays as it was, and the log says why. */
    private static void failed(Launch launch, String what, Throwable failure) {
        LOG.log(System.Logger.Level.WARNING, "cannot " + what + " " + launch, failure);
    }

    private void ended(Launch launch, ExitStatus status) {
        onEnded.accept(new LaunchEnded(launch, status));
        state.executor().execute(() -> survivors(launch), survivors -> {
            if (survivors.isEmpty()) {
                // The family is gone: release its cgroup and registry entry (the row stays).
                state.executor().execute(() -> close(launch), ok -> { }, failure -> failed(launch, "close", failure));
            } else {
                OutlivedAlarm alarm = new OutlivedAlarm(launch, survivors);
                alarms.add(alarm);
                onOutlived.accept(alarm);
            }
        }, failure -> failed(launch, "read the survivors of", failure));
    }

    /** Runs in the background: the family's live members other than the (ended) root. */
    private List<ProcessInfo> survivors(Launch launch) throws Exception {
        Snapshot snapshot = state.platform().processTable().snapshot();
        return launch.family().members(snapshot).stream()
                .filter(p -> p.state().isAlive() && !p.key().equals(launch.root()))
                .toList();
    }

    private static Launch close(Launch launch) {
        launch.close();
        return launch;
    }

    /** Launches with survivors, until cleaned up or dismissed. */
    public ObservableList<OutlivedAlarm> alarms() {
        return alarms;
    }

    public void dismiss(OutlivedAlarm alarm) {
        alarms.remove(alarm);
    }

    public void setOnEnded(Consumer<LaunchEnded> handler) {
        onEnded = handler;
    }

    public void setOnOutlived(Consumer<OutlivedAlarm> handler) {
        onOutlived = handler;
    }
}
