package dev.progeny.app.gui.processtree;

import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.gui.common.Selection;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.launch.Launch;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;

/**
 * Keeps the selected row on the same process across refreshes and view switches (by process
 * identity), and publishes it with fresh process data as the window's {@link Selection}.
 * FX thread only.
 */
final class SelectionFollower {
    private final AppState state;
    private final ObjectProperty<RowId> selectedRow;
    private TreeModel model = TreeModel.EMPTY;
    private Map<ProcessKey, String> launchOf = Map.of();

    SelectionFollower(AppState state, ObjectProperty<RowId> selectedRow) {
        this.state = state;
        this.selectedRow = selectedRow;
        selectedRow.addListener((obs, old, now) -> publish());
    }

    /** After a refresh: moves the selection to the process's row in {@code next}, or clears it. */
    void follow(TreeModel next, Map<ProcessKey, String> launches) {
        model = next;
        launchOf = launches;
        RowId selected = selectedRow.get();
        if (selected == null || model.contains(selected)) {
            publish();
            return;
        }
        RowId same = null;
        if (selected.process() != null) {
            for (RowId id : model.entries().keySet()) {
                if (selected.process().equals(id.process())) {
                    same = id;
                    break;
                }
            }
        }
        selectedRow.set(same);
    }

    private void publish() {
        RowId id = selectedRow.get();
        TreeModel.Entry entry = id == null ? null : model.get(id);
        if (entry == null || entry.data().process() == null && !id.isLaunch()) {
            state.selectionProperty().set(null);
            return;
        }
        String launchId = id.isLaunch() || !RowId.SYSTEM.equals(id.scope()) ? id.scope() : launchOf.get(id.process());
        Optional<Launch> launch = state.launches().stream().filter(l -> l.id().equals(launchId)).findFirst();
        RowData data = entry.data();
        boolean gone = data.has(Badge.EXITED) || id.isLaunch() && launch.map(l -> l.exitStatus().isPresent()).orElse(true);
        Selection next = new Selection(Optional.ofNullable(data.process()), launch, id.isLaunch(), gone);
        if (!next.equals(state.selectionProperty().get())) {
            state.selectionProperty().set(next);
        }
    }
}
