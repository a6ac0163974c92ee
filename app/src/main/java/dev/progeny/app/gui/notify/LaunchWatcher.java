package dev.progeny.app.gui.notify;

import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.gui.common.Notice;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.launch.ExitStatus;
import dev.progeny.probes.launch.Launch;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Follows each launch to its end (on its exit callback: no thread waits), posts that it ended,
 * and raises an alarm when members of its family are still alive then: they outlived their
 * launch. While one of the user's own actions runs (an Escalate whose TERM ended the root while
 * the rest wind down) the check waits for it to finish. An alarm follows every refresh: it
 * counts what is left and resolves itself once everything is dead and reaped. A launch whose
 * family is gone is closed (its cgroup and registry entry released). FX thread, except the
 * snapshot taken for the check.
 */
public final class LaunchWatcher {
    private static final System.Logger LOG = System.getLogger(LaunchWatcher.class.getName());

    private final AppState state;
    private final ObservableBooleanValue acting;
    private final ObservableList<OutlivedAlarm> alarms = FXCollections.observableArrayList();
    private final Set<Launch> waitingForAction = new LinkedHashSet<>();
    private Consumer<Launch> cleanup = launch -> { };

    /** @param acting true while one of the user's actions (kill, escalate, ...) is under way */
    public LaunchWatcher(AppState state, ObservableBooleanValue acting) {
        this.state = state;
        this.acting = acting;
        acting.addListener((obs, was, now) -> {
            if (!now) {
                List.copyOf(waitingForAction).forEach(this::check);
                waitingForAction.clear();
            }
        });
        state.snapshotProperty().addListener((obs, old, now) -> follow(now));
    }

    /** What "End them" does with a launch's survivors (escalate its family). */
    public void setCleanup(Consumer<Launch> cleanup) {
        this.cleanup = cleanup;
    }

    /** Starts watching the launches there are and every one added later. FX thread. */
    public void start() {
        state.launches().forEach(this::watch);
        state.launches().addListener((ListChangeListener<Launch>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::watch);
                change.getRemoved().forEach(this::forget);
            }
        });
    }

    private void watch(Launch launch) {
        launch.onExit().whenComplete((status, failure) -> state.executor().runOnFx(() -> {
            if (failure != null) {
                LOG.log(System.Logger.Level.WARNING, "cannot wait for launch " + launch.id(), failure);
                state.notices().post(Notice.of(Notice.Severity.ERROR, "Cannot tell how launch " + launch.id()
                        + " ended: " + failure.getMessage()));
            } else if (state.launches().contains(launch)) {
                ended(launch, status);
            }
        }));
    }

    private void ended(Launch launch, ExitStatus status) {
        LaunchEnded end = new LaunchEnded(launch, status);
        state.notices().post(Notice.of(end.cleanly() ? Notice.Severity.INFO : Notice.Severity.WARNING, end.message()));
        if (acting.get()) {
            waitingForAction.add(launch);
        } else {
            check(launch);
        }
    }

    /** Looks for survivors in a fresh snapshot (in the background), then raises the alarm or closes the launch. */
    private void check(Launch launch) {
        state.executor().execute(() -> survivors(launch, state.platform().processTable().snapshot()), survivors -> {
            if (!state.launches().contains(launch)) {
                return;
            }
            if (survivors.isEmpty()) {
                close(launch);
            } else {
                raise(new OutlivedAlarm(launch, survivors));
            }
        }, failure -> LOG.log(System.Logger.Level.WARNING, "cannot look for survivors of launch " + launch.id(), failure));
    }

    private void raise(OutlivedAlarm alarm) {
        alarms.removeIf(a -> a.launch() == alarm.launch());
        alarms.add(alarm);
        state.notices().post(Notice.of(Notice.Severity.WARNING, alarm.message())
                .withDetails(alarm.survivorLines())
                .withActions(List.of(new Notice.Action("End them", () -> cleanup.accept(alarm.launch()))))
                .keyed(alarm.key()));
    }

    /** On every refresh: each alarm counts what is left, and resolves itself once nothing is. */
    private void follow(Snapshot snapshot) {
        if (snapshot == null || alarms.isEmpty()) {
            return;
        }
        for (OutlivedAlarm alarm : List.copyOf(alarms)) {
            List<ProcessInfo> left = survivors(alarm.launch(), snapshot);
            if (left.isEmpty()) {
                alarms.remove(alarm);
                int zombies = (int) alarm.launch().family().members(snapshot).stream()
                        .filter(p -> p.isZombie() && !p.key().equals(alarm.launch().root())).count();
                state.notices().post(Notice.of(Notice.Severity.DONE, alarm.resolvedMessage(zombies)).keyed(alarm.key()));
                close(alarm.launch());
            } else if (left.size() != alarm.survivors().size()) {
                raise(new OutlivedAlarm(alarm.launch(), left));
            }
        }
    }

    /** The family's live members other than the (ended) root; zombies count as dead. */
    private static List<ProcessInfo> survivors(Launch launch, Snapshot snapshot) {
        return launch.family().members(snapshot).stream()
                .filter(p -> p.state().isAlive() && !p.key().equals(launch.root()))
                .toList();
    }

    /** The family is gone: release its cgroup and registry entry (the row stays until removed). */
    private void close(Launch launch) {
        state.executor().execute(() -> {
            launch.close();
            return launch;
        }, ok -> { }, failure -> LOG.log(System.Logger.Level.WARNING, "cannot close launch " + launch.id(), failure));
    }

    private void forget(Launch launch) {
        waitingForAction.remove(launch);
        alarms.removeIf(a -> a.launch() == launch);
    }

    /** Launches with survivors, until they are gone or the launch is removed. */
    public ObservableList<OutlivedAlarm> alarms() {
        return alarms;
    }
}
