package dev.progeny.app.gui.lifecycle;

import dev.progeny.app.gui.MainWindow;
import dev.progeny.app.gui.Shortcuts;
import dev.progeny.app.gui.WindowFeature;
import dev.progeny.app.gui.actions.ActionControls;
import dev.progeny.app.gui.actions.ActionMenus;
import dev.progeny.app.gui.actions.ActionTarget;
import dev.progeny.app.gui.actions.ActionsViewModel;
import dev.progeny.app.gui.actions.DialogConfirmer;
import dev.progeny.app.gui.actions.FamilyActions;
import dev.progeny.app.gui.actions.SignalPopup;
import dev.progeny.app.gui.actions.TerminatorActions;
import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.gui.common.Notice;
import dev.progeny.app.gui.launch.HistoryStore;
import dev.progeny.app.gui.launch.LaunchBarView;
import dev.progeny.app.gui.launch.LaunchBarViewModel;
import dev.progeny.app.gui.leftovers.LeftoversBar;
import dev.progeny.app.gui.leftovers.LeftoversViewModel;
import dev.progeny.app.gui.notify.LaunchWatcher;
import dev.progeny.app.gui.output.OutputSaver;
import dev.progeny.app.gui.output.OutputView;
import dev.progeny.app.gui.output.OutputsViewModel;
import dev.progeny.app.gui.processtree.CopyCommand;
import dev.progeny.app.leftovers.LaunchJournal;
import dev.progeny.app.leftovers.Leftover;
import dev.progeny.probes.Platform;
import dev.progeny.probes.launch.LaunchSpec;
import java.time.Clock;
import java.util.Map;
import java.util.function.Predicate;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.layout.VBox;
import javafx.stage.WindowEvent;

/**
 * Everything about launching and ending from the window: the launch bar, the Output tab, the
 * actions (tool bar, context menu, Actions menu, their keys), launch ends and the outlived-launch
 * alarm in the notification area, removing ended launches, what an earlier, crashed Progeny left,
 * and the close-with-live-launches question. Every OS with a launcher and a terminator. Installed once, on the FX thread.
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
        OutputsViewModel outputs = new OutputsViewModel(state);
        LaunchBarViewModel launchBar = new LaunchBarViewModel(state, outputs.capturing(platform.launcher()),
                HistoryStore.atDefaultLocation(), launchEnvironment);
        LaunchBarView launchBarView = new LaunchBarView(launchBar);
        window.scene().getAccelerators().put(Shortcuts.FOCUS_COMMAND, launchBarView::focusCommand);
        launchBar.loadHistory();

        FamilyActions family = new TerminatorActions(platform);
        // The offer shows once, at start, and only when an earlier Progeny left something.
        LeftoversViewModel leftovers = new LeftoversViewModel(state, family, LaunchJournal.atDefaultLocation(),
                leftoversShown);
        window.setLaunchBar(new VBox(launchBarView, new LeftoversBar(leftovers)));
        leftovers.resultProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                state.notices().post(Notice.of(Notice.Severity.INFO, now.lines().findFirst().orElse(now))
                        .withDetails(now.lines().toList()));
            }
        });
        leftovers.start();
        ActionsViewModel actions = new ActionsViewModel(state, family, new DialogConfirmer(window.stage()),
                Clock.systemUTC());
        window.scene().getStylesheets().add(ActionControls.stylesheet());
        ActionControls controls = new ActionControls(actions, platform.signals());
        window.actionToolBar().getItems().addAll(controls.nodes());
        window.statusMessages().getChildren().addFirst(controls.countdown());

        LaunchWatcher watcher = new LaunchWatcher(state, actions.busyProperty());
        watcher.setCleanup(launch -> actions.escalate(ActionTarget.family(launch)));
        watcher.start();
        EndedLaunches ended = new EndedLaunches(state, watcher.alarms());
        Runnable copy = () -> CopyCommand.copySelected(state);
        window.treeContextMenuItems().addAll(ActionMenus.items(actions, platform.signals(), ended, copy));
        window.actionsMenu().getItems().addAll(ActionMenus.items(actions, platform.signals(), ended, copy));
        SignalPopup signals = new SignalPopup(actions, platform.signals(), controls.signalButton());
        window.scene().getAccelerators().put(Shortcuts.SIGNAL, () -> signals.show(window.treeArea()));

        OutputSaver saver = new OutputSaver(state.executor(), state.notices());
        Runnable save = () -> saver.save(outputs.shownProperty().get(), window.stage());
        OutputView outputView = new OutputView(outputs, save);
        Tab output = new Tab("Output", outputView);
        output.setId("output-tab");
        window.bottomTabs().getTabs().add(output);
        MenuItem saveOutput = new MenuItem("Save _output\u2026");
        saveOutput.setAccelerator(Shortcuts.SAVE_OUTPUT);
        saveOutput.setOnAction(e -> save.run());
        window.fileMenu().getItems().add(saveOutput);
        MenuItem searchOutput = new MenuItem("Search _output\u2026");
        searchOutput.setAccelerator(Shortcuts.SEARCH_OUTPUT);
        searchOutput.setOnAction(e -> {
            window.bottomTabs().getSelectionModel().select(output);
            outputView.focusSearch();
        });
        window.viewMenu().getItems().add(searchOutput);
        window.stage().addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> outputs.releaseAll());

        CloseDialog dialog = new CloseDialog(window.stage());
        CloseGuard guard = new CloseGuard(state, watcher.alarms(), family, actions.graceProperty()::get, dialog);
        window.stage().setOnCloseRequest(event -> guard.onCloseRequest(event, results -> {
            dialog.reportSurvivors(results);
            window.stage().close();
        }));
    }
}
