package dev.progeny.app.gui.lifecycle;

import dev.progeny.app.gui.MainWindow;
import dev.progeny.app.gui.WindowFeature;
import dev.progeny.app.gui.actions.ActionControls;
import dev.progeny.app.gui.actions.ActionKeys;
import dev.progeny.app.gui.actions.ActionMenus;
import dev.progeny.app.gui.actions.ActionTarget;
import dev.progeny.app.gui.actions.ActionsViewModel;
import dev.progeny.app.gui.actions.DialogConfirmer;
import dev.progeny.app.gui.actions.FamilyActions;
import dev.progeny.app.gui.actions.TerminatorActions;
import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.gui.launch.HistoryStore;
import dev.progeny.app.gui.launch.LaunchBarView;
import dev.progeny.app.gui.launch.LaunchBarViewModel;
import dev.progeny.app.gui.leftovers.LeftoversBar;
import dev.progeny.app.gui.leftovers.LeftoversViewModel;
import dev.progeny.app.gui.notify.AlarmBar;
import dev.progeny.app.gui.notify.EndNotifier;
import dev.progeny.app.gui.notify.LaunchWatcher;
import dev.progeny.app.gui.output.OutputView;
import dev.progeny.app.gui.output.OutputsViewModel;
import dev.progeny.app.leftovers.LaunchJournal;
import dev.progeny.app.leftovers.Leftover;
import dev.progeny.probes.Platform;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchSpec;
import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.scene.control.Tab;
import javafx.scene.layout.VBox;

/**
 * Everything about launching and ending from the window: the launch bar, the Output tab, the
 * actions (tool bar, context menu, Actions menu, keys), launch-ended notifications with the
 * outlived-launch alarm, what an earlier, crashed Progeny left, and the close-with-live-launches
 * question. Every OS with a launcher
 * and a terminator.
 * Installed once, on the FX thread.
 */
public final class LaunchingFeature implements WindowFeature {
    private final Map<String, String> launchEnvironment;
    private final Predicate<Leftover> leftoversShown;

    /**
     * @param launchEnvironment variables added to every launch (tests tag theirs with {@code
     * PROGENY_LAUNCH}; a window whose launches carry a tag offers only leftovers with that tag)
     */
    public LaunchingFeature(Map<String, String> launchEnvironment) {
        this(launchEnvironment, leftover -> !launchEnvironment.containsKey(LaunchSpec.LAUNCH_TAG)
                || leftover.entry().id().startsWith(launchEnvironment.get(LaunchSpec.LAUNCH_TAG)));
    }

    /** @param leftoversShown which leftovers of an earlier Progeny to offer (a test offers only its own) */
    public LaunchingFeature(Map<String, String> launchEnvironment, Predicate<Leftover> leftoversShown) {
        this.launchEnvironment = Map.copyOf(launchEnvironment);
        this.leftoversShown = leftoversShown;
    }

    @Override
    public void install(MainWindow window, AppState state) {
        Platform platform = state.platform();
        LaunchBarViewModel launchBar = new LaunchBarViewModel(state, platform.launcher(),
                HistoryStore.atDefaultLocation(), launchEnvironment);
        LaunchBarView launchBarView = new LaunchBarView(launchBar);
        launchBarView.installShortcuts(window.scene());
        launchBar.loadHistory();

        FamilyActions family = new TerminatorActions(platform);
        ActionsViewModel actions = new ActionsViewModel(state, family, new DialogConfirmer(window.stage()),
                Clock.systemUTC());
        window.scene().getStylesheets().add(ActionControls.stylesheet());
        ActionControls controls = new ActionControls(actions, platform.signals());
        window.actionToolBar().getItems().addAll(controls.nodes());
        window.treeContextMenuItems().addAll(ActionMenus.items(actions, platform.signals()));
        window.actionsMenu().getItems().addAll(ActionMenus.items(actions, platform.signals()));
        ActionKeys.install(window.scene(), actions);

        LaunchWatcher watcher = new LaunchWatcher(state);
        Consumer<Launch> cleanup = launch -> actions.escalate(ActionTarget.family(launch));
        new EndNotifier(window.stage()).install(watcher, cleanup);
        watcher.start();
        LeftoversViewModel leftovers = new LeftoversViewModel(state, family, LaunchJournal.atDefaultLocation(),
                leftoversShown);
        window.setLaunchBar(new VBox(launchBarView, controls.feedback(), new AlarmBar(watcher, cleanup),
                new LeftoversBar(leftovers)));
        leftovers.start();

        window.bottomTabs().getTabs().add(new Tab("Output", new OutputView(new OutputsViewModel(state))));

        CloseDialog dialog = new CloseDialog(window.stage());
        CloseGuard guard = new CloseGuard(state, watcher.alarms(), family, actions.graceProperty()::get, dialog);
        window.stage().setOnCloseRequest(event -> guard.onCloseRequest(event, results -> {
            dialog.reportSurvivors(results);
            window.stage().close();
        }));
    }
}
