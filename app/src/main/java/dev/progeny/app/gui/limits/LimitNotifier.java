package dev.progeny.app.gui.limits;

import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.gui.processtree.LaunchLabel;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.limits.LimitEvent;
import java.util.HashSet;
import java.util.Set;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * A pop-up the first time each limit of a launch bites (the tree's launch header keeps the
 * newest count). Checked at every refresh, when the pipeline has read the counters; reads no
 * files. FX thread only; every OS.
 */
public final class LimitNotifier {
    private static final Duration SHOWN = Duration.seconds(10);

    private final AppState state;
    private final Window owner;
    /** Launch id and event kind already told. */
    private final Set<String> told = new HashSet<>();

    public LimitNotifier(AppState state, Window owner) {
        this.state = state;
        this.owner = owner;
    }

    public void start() {
        state.snapshotProperty().addListener((obs, old, now) -> check());
    }

    private void check() {
        for (Launch launch : state.launches()) {
            for (LimitEvent e : launch.limits().bitten()) {
                if (told.add(launch.id() + "/" + e.getClass().getSimpleName())) {
                    Notifications.create().owner(owner).title("Limit reached")
                            .text(LaunchLabel.of(launch.spec()) + "\n" + e.message()).hideAfter(SHOWN).showWarning();
                }
            }
        }
    }
}
