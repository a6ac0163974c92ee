package dev.progeny.app.gui.leftovers;

import dev.progeny.app.gui.actions.ActionResult;
import dev.progeny.app.gui.actions.ActionTarget;
import dev.progeny.app.gui.actions.FamilyActions;
import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.leftovers.LaunchJournal;
import dev.progeny.app.leftovers.Leftover;
import dev.progeny.app.leftovers.LeftoverFinder;
import dev.progeny.app.leftovers.WatchedLeftover;
import dev.progeny.probes.launch.Launch;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;

/**
 * At start, looks (in the background) for what an earlier, crashed Progeny left, and offers End
 * (the usual escalation, with its report), Watch (each leftover becomes a launch in the tree,
 * endable like any other) or Leave. Writes every launch of this window to the launch journal, so
 * the next Progeny can do the same for this one. Properties on the FX thread; every OS.
 */
public final class LeftoversViewModel {
    private static final Duration GRACE = Duration.ofSeconds(5);

    private final AppState state;
    private final FamilyActions actions;
    private final LaunchJournal journal;
    private final Predicate<Leftover> shown;
    private final ReadOnlyObjectWrapper<List<Leftover>> found = new ReadOnlyObjectWrapper<>(this, "found", List.of());
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");

    /** @param shown which leftovers to offer (all, in the app; a test offers only its own) */
    public LeftoversViewModel(AppState state, FamilyActions actions, LaunchJournal journal, Predicate<Leftover> shown) {
        this.state = state;
        this.actions = actions;
        this.journal = journal;
        this.shown = shown;
    }

    /** Journals every launch added from now on and looks for leftovers once. FX thread. */
    public void start() {
        state.executor().requireUiThread("LeftoversViewModel.start");
        state.launches().addListener((ListChangeListener<Launch>) change -> {
            while (change.next()) {
                change.getAddedSubList().stream().filter(l -> !(l instanceof WatchedLeftover)).forEach(this::journal);
            }
        });
        int self = (int) ProcessHandle.current().pid();
        state.executor().execute(() -> {
            journal.prepare(state.platform().processTable());
            return new LeftoverFinder(state.platform(), journal, self).find().stream().filter(shown).toList();
        }, found::set, failure -> result.set("Could not look for leftovers: " + failure.getMessage()));
    }

    private void journal(Launch launch) {
        state.executor().execute(() -> {
            journal.record(launch, state.platform().processTable());
            return launch;
        }, l -> { }, failure -> result.set("Could not write the launch journal: " + failure.getMessage()));
    }

    /** What the banner says, e.g. "2 launches left by an earlier Progeny are still running (5 processes): …". */
    public String message() {
        List<Leftover> left = found.get();
        int processes = left.stream().mapToInt(l -> l.processes().size()).sum();
        String commands = left.stream().map(l -> l.entry().command()).limit(3).reduce((a, b) -> a + "; " + b).orElse("");
        return (left.size() == 1 ? "1 launch" : left.size() + " launches") + " left by an earlier Progeny "
                + (left.size() == 1 ? "is" : "are") + " still running (" + processes
                + (processes == 1 ? " process" : " processes") + "): " + commands;
    }

    /** Ends every leftover family: TERM and CONT, grace, KILL; the result says how it went. FX thread. */
    public void end() {
        List<WatchedLeftover> families = watched();
        found.set(List.of());
        state.executor().execute(() -> {
            List<ActionResult> results = new ArrayList<>();
            for (WatchedLeftover family : families) {
                results.add(actions.escalate(ActionTarget.family(family), GRACE));
                // Reads whether it ended, so that closing removes its cgroup once empty.
                family.waitFor(Duration.ZERO);
                family.close();
            }
            return results;
        }, results -> result.set(String.join("\n", results.stream().map(ActionResult::summary).toList())),
                failure -> result.set("Could not end the leftovers: " + failure.getMessage()));
    }

    /** Shows each leftover as a launch in the tree, where every action works on it. FX thread. */
    public void watch() {
        state.launches().addAll(watched());
        found.set(List.of());
    }

    /** Leaves them running and hides the offer. FX thread. */
    public void leave() {
        found.set(List.of());
    }

    private List<WatchedLeftover> watched() {
        return found.get().stream().map(l -> new WatchedLeftover(l, state.platform().processTable())).toList();
    }

    public ReadOnlyObjectProperty<List<Leftover>> foundProperty() {
        return found.getReadOnlyProperty();
    }

    /** The outcome of End (or why the search failed); empty until there is one. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }
}
