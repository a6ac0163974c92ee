package dev.progeny.app.gui.lifecycle;

import dev.progeny.app.gui.actions.LaunchRemoval;
import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.gui.common.Notice;
import dev.progeny.app.gui.common.Selection;
import dev.progeny.app.gui.notify.OutlivedAlarm;
import dev.progeny.app.gui.processtree.LaunchLabel;
import dev.progeny.probes.launch.Launch;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ObservableList;

/**
 * Removing ended launches from the window: one (Delete on its header, the context menu) or all
 * of them (Clear ended). A launch goes with everything it holds: its row, its output and spill
 * file, its cgroup and registry entry. A launch whose command still runs, or whose family left
 * live processes behind (an alarm), stays: removing it would lose sight of them. FX thread only.
 */
public final class EndedLaunches implements LaunchRemoval {
    private static final System.Logger LOG = System.getLogger(EndedLaunches.class.getName());

    private final AppState state;
    private final ObservableList<OutlivedAlarm> alarms;
    private final BooleanBinding selectedRemovable;
    private final BooleanBinding headerRemovable;

    public EndedLaunches(AppState state, ObservableList<OutlivedAlarm> alarms) {
        this.state = state;
        this.alarms = alarms;
        selectedRemovable = Bindings.createBooleanBinding(() -> selectedLaunch().filter(this::removable).isPresent(),
                state.selectionProperty(), alarms);
        headerRemovable = Bindings.createBooleanBinding(() -> {
            Selection sel = state.selectionProperty().get();
            return sel != null && sel.header() && sel.launch().filter(this::removable).isPresent();
        }, state.selectionProperty(), alarms);
    }

    /** Whether {@code launch} has ended and left nothing alive. */
    public boolean removable(Launch launch) {
        return launch.exitStatus().isPresent() && alarms.stream().noneMatch(a -> a.launch() == launch);
    }

    /** The launch of the selected row. */
    public Optional<Launch> selectedLaunch() {
        Selection sel = state.selectionProperty().get();
        return sel == null ? Optional.empty() : sel.launch();
    }

    @Override
    public BooleanBinding removableHeaderSelected() {
        return headerRemovable;
    }

    @Override
    public BooleanBinding removableSelected() {
        return selectedRemovable;
    }

    /** Removes the selected row's launch, or says why it stays. */
    @Override
    public void removeSelected() {
        selectedLaunch().ifPresent(launch -> {
            if (removable(launch)) {
                remove(List.of(launch));
            } else {
                state.notices().post(Notice.of(Notice.Severity.INFO, "Launch " + launch.id() + " ("
                        + LaunchLabel.of(launch.spec()) + ") stays: " + (launch.exitStatus().isEmpty()
                        ? "its command still runs" : "processes it left behind are still alive")));
            }
        });
    }

    /** Removes every ended launch that left nothing alive. */
    @Override
    public void clearEnded() {
        remove(state.launches().stream().filter(this::removable).toList());
    }

    private void remove(List<Launch> gone) {
        if (gone.isEmpty()) {
            return;
        }
        state.launches().removeAll(gone);
        state.executor().execute(() -> {
            gone.forEach(Launch::close);
            state.platform().releaseFreeMemory();
            return gone.size();
        }, n -> { }, failure -> LOG.log(System.Logger.Level.WARNING, "cannot close removed launches", failure));
    }
}
