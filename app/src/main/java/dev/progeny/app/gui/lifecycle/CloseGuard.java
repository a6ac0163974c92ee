package dev.progeny.app.gui.lifecycle;

import dev.progeny.app.gui.actions.ActionResult;
import dev.progeny.app.gui.actions.ActionTarget;
import dev.progeny.app.gui.actions.FamilyActions;
import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.gui.notify.OutlivedAlarm;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.launch.Launch;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.ObservableList;
import javafx.stage.WindowEvent;

/**
 * Closing the window while launches live asks: end them, leave them running, or cancel. A launch
 * lives while its command runs, or while processes that outlived it are known (an alarm). Ending
 * escalates each family in the background and closes the window once they are gone. FX thread.
 */
public final class CloseGuard {

    /** The user's answer. */
    public enum Choice { END, LEAVE, CANCEL }

    /** Asks the user (a dialog in the app, a fixed answer in tests). */
    @FunctionalInterface
    public interface Asker {
        Choice ask(List<Launch> live);
    }

    private final AppState state;
    private final ObservableList<OutlivedAlarm> alarms;
    private final FamilyActions actions;
    private final Supplier<Duration> grace;
    private final Asker asker;
    private boolean ending;

    /** @param grace the grace period chosen for Escalate when the window closes */
    public CloseGuard(AppState state, ObservableList<OutlivedAlarm> alarms, FamilyActions actions, Supplier<Duration> grace,
                      Asker asker) {
        this.state = state;
        this.alarms = alarms;
        this.actions = actions;
        this.grace = grace;
        this.asker = asker;
    }

    /**
     * Launches still running, then launches with survivors that are alive in {@code snapshot} (the
     * latest refresh; null before the first): a launch with no live process left is never asked
     * about. No I/O (exit statuses are cached).
     */
    public static List<Launch> live(List<Launch> launches, List<OutlivedAlarm> alarms, Snapshot snapshot) {
        Set<Launch> out = new LinkedHashSet<>();
        launches.stream().filter(l -> l.exitStatus().isEmpty()).forEach(out::add);
        alarms.stream().map(OutlivedAlarm::launch)
                .filter(l -> snapshot == null || l.family().members(snapshot).stream()
                        .anyMatch(p -> p.state().isAlive() && !p.key().equals(l.root())))
                .forEach(out::add);
        return List.copyOf(out);
    }

    /**
     * Handles a close request: lets it through, consumes it (cancel, or while ending), and calls
     * {@code close} once the launches are ended, with what happened to them.
     */
    public void onCloseRequest(WindowEvent event, Consumer<List<ActionResult>> close) {
        state.executor().requireUiThread("CloseGuard.onCloseRequest");
        if (ending) {
            event.consume();
            return;
        }
        List<Launch> live = live(state.launches(), alarms, state.snapshotProperty().get());
        if (live.isEmpty()) {
            return;
        }
        switch (asker.ask(live)) {
            case LEAVE -> { }
            case CANCEL -> event.consume();
            case END -> {
                event.consume();
                ending = true;
                // Read on the FX thread: the grace period is an FX property.
                Duration chosen = grace.get();
                state.executor().execute(() -> endAll(live, chosen), results -> {
                    ending = false;
                    alarms.clear();
                    close.accept(results);
                }, failure -> {
                    ending = false;
                    close.accept(List.of(ActionResult.of(ActionResult.Outcome.FAILED, "Failed: " + failure.getMessage())));
                });
            }
        }
    }

    /** Runs in the background: escalates every family, one after the other. */
    private List<ActionResult> endAll(List<Launch> live, Duration chosen) throws Exception {
        List<ActionResult> results = new ArrayList<>();
        for (Launch launch : live) {
            results.add(actions.escalate(ActionTarget.family(launch), chosen));
        }
        return results;
    }

    /** True while families are being ended after an "end them" answer. */
    public boolean isEnding() {
        return ending;
    }
}
