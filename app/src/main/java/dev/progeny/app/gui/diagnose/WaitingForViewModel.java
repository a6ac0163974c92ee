package dev.progeny.app.gui.diagnose;

import dev.progeny.app.gui.common.AppState;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.diagnose.ContainerRef;
import dev.progeny.probes.diagnose.Placement;
import dev.progeny.probes.diagnose.WaitWords;
import dev.progeny.probes.diagnose.WaitingFor;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The text of the Waiting for, NSpid and Container columns for the rows in view. After each
 * refresh it reads, on the executor, only what the visible cells show (NSpid and container only
 * while one of their columns is shown), one reading at a time; cells redraw when
 * {@link #revisionProperty()} moves. FX thread only.
 */
final class WaitingForViewModel {
    private static final System.Logger LOG = System.getLogger(WaitingForViewModel.class.getName());
    /** Read on the executor only, one task at a time. */
    private final ZombieClock zombies = new ZombieClock();
    private final AppState state;
    private final VisibleRows visible = new VisibleRows();
    private final BooleanProperty placementsShown = new SimpleBooleanProperty(this, "placementsShown");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private Map<ProcessKey, String> waiting = Map.of();
    private Map<ProcessKey, Placement> placements = Map.of();
    private boolean reading;

    /** What one reading found. */
    private record Reading(Map<ProcessKey, String> waiting, Map<ProcessKey, Placement> placements) {
    }

    WaitingForViewModel(AppState state) {
        this.state = state;
        state.snapshotProperty().addListener((obs, old, now) -> read(now));
    }

    VisibleRows visible() {
        return visible;
    }

    /** Whether the NSpid or Container column is shown (they cost a read of status and cgroup). */
    BooleanProperty placementsShownProperty() {
        return placementsShown;
    }

    ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    String waitingFor(ProcessKey key) {
        return waiting.getOrDefault(key, "");
    }

    String nspid(ProcessKey key) {
        Placement p = placements.get(key);
        return p == null ? "" : p.nspid().stream().map(String::valueOf).collect(Collectors.joining(" "));
    }

    String container(ProcessKey key) {
        Placement p = placements.get(key);
        return p == null ? "" : p.container().map(ContainerRef::describe).orElse("");
    }

    private void read(Snapshot snapshot) {
        if (reading || snapshot == null || visible.isEmpty()) {
            return;
        }
        reading = true;
        List<ProcessInfo> rows = visible.processes().stream().filter(p -> snapshot.contains(p.key())).toList();
        boolean withPlacements = placementsShown.get();
        state.executor().execute(() -> reading(snapshot, rows, withPlacements), r -> {
            reading = false;
            waiting = r.waiting();
            placements = withPlacements ? r.placements() : placements;
            revision.set(revision.get() + 1);
        }, error -> {
            reading = false;
            LOG.log(System.Logger.Level.WARNING, "cannot read what the visible processes wait for", error);
        });
    }

    private Reading reading(Snapshot snapshot, List<ProcessInfo> rows, boolean withPlacements) {
        zombies.observe(snapshot);
        Instant now = snapshot.takenAt();
        Map<ProcessKey, String> texts = new HashMap<>();
        state.platform().diagnostics().waitingFor(rows, snapshot).forEach((key, w) -> texts.put(key,
                w instanceof WaitingFor.Zombie ? zombies.age(key, now).map(a -> "zombie for " + WaitWords.duration(a))
                        .orElse(WaitWords.describe(w)) : WaitWords.describe(w)));
        Map<ProcessKey, Placement> where = withPlacements ? state.platform().diagnostics().placements(rows) : Map.of();
        return new Reading(texts, where);
    }
}
