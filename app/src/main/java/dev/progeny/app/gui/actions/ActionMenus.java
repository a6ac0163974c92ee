package dev.progeny.app.gui.actions;

import dev.progeny.app.gui.Shortcuts;
import dev.progeny.app.gui.actions.FamilyActions.ActionKind;
import dev.progeny.probes.SignalTable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/**
 * The actions as menu items with their keys, for the Actions menu and the tree's context menu:
 * the menus show every key, and the keys work whatever the tool bar shows or hides in its
 * overflow. Delete says what it does now: kill the scope, or remove an ended launch whose header
 * is selected. FX thread only; every OS.
 */
public final class ActionMenus {
    private static final List<Duration> GRACE_CHOICES = List.of(Duration.ofSeconds(1), Duration.ofSeconds(3),
            Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30));
    private static final Map<ActionScope, KeyCombination> SCOPE_KEYS = Map.of(ActionScope.PROCESS, Shortcuts.SCOPE_PROCESS,
            ActionScope.GROUP, Shortcuts.SCOPE_GROUP, ActionScope.SESSION, Shortcuts.SCOPE_SESSION,
            ActionScope.TREE, Shortcuts.SCOPE_TREE, ActionScope.LAUNCH, Shortcuts.SCOPE_LAUNCH);

    private ActionMenus() {
    }

    /** A fresh set of items (a menu item lives in one menu only). */
    public static List<MenuItem> items(ActionsViewModel model, SignalTable signals, LaunchRemoval removal,
                                       Runnable copyCommand) {
        MenuItem kill = new MenuItem();
        kill.setId("menu-kill");
        kill.textProperty().bind(Bindings.when(removal.removableHeaderSelected()).then("Remove ended launch")
                .otherwise(Bindings.concat("Kill ", model.scopeProperty())));
        kill.setAccelerator(Shortcuts.KILL);
        kill.setOnAction(e -> {
            if (removal.removableHeaderSelected().get()) {
                removal.removeSelected();
            } else {
                model.kill();
            }
        });
        kill.disableProperty().bind(ActionControls.disabled(model, ActionKind.SIGNAL)
                .and(Bindings.not(removal.removableHeaderSelected())));
        MenuItem escalate = item("Escalate (TERM, then KILL)", Shortcuts.ESCALATE, model::escalate, model, ActionKind.ESCALATE);
        Menu signal = new Menu("Send signal (" + Shortcuts.SIGNAL.getDisplayText() + ")");
        signal.getItems().setAll(ActionControls.signalItems(model, signals));
        signal.disableProperty().bind(ActionControls.disabled(model, ActionKind.SIGNAL));
        MenuItem suspend = item("", Shortcuts.SUSPEND_RESUME, model::suspendOrResume, model, ActionKind.SUSPEND_RESUME);
        suspend.textProperty().bind(Bindings.when(model.selectedStoppedProperty()).then("Resume (CONT)").otherwise("Suspend (STOP)"));
        MenuItem reap = new MenuItem("Reap orphans");
        reap.setAccelerator(Shortcuts.REAP);
        reap.setOnAction(e -> model.reapOrphans());
        reap.disableProperty().bind(model.busyProperty().or(Bindings.createBooleanBinding(
                () -> !model.supports(ActionKind.REAP_ORPHANS))));
        MenuItem copy = new MenuItem("Copy command line");
        copy.setAccelerator(Shortcuts.COPY_COMMAND);
        copy.setOnAction(e -> copyCommand.run());
        MenuItem remove = new MenuItem("Remove this ended launch");
        remove.setOnAction(e -> removal.removeSelected());
        remove.disableProperty().bind(Bindings.not(removal.removableSelected()));
        MenuItem stopRecording = new MenuItem("Stop recording");
        stopRecording.setId("stop-recording");
        stopRecording.setAccelerator(Shortcuts.STOP_RECORDING);
        stopRecording.setOnAction(e -> model.stopRecording());
        stopRecording.disableProperty().bind(model.notRecordingProperty());
        MenuItem clear = new MenuItem("Clear ended launches");
        clear.setAccelerator(Shortcuts.CLEAR_ENDED);
        clear.setOnAction(e -> removal.clearEnded());
        return List.of(kill, escalate, signal, suspend, new SeparatorMenuItem(), scopeMenu(model),
                graceMenu(model), new SeparatorMenuItem(), reap, stopRecording, new SeparatorMenuItem(), copy, remove, clear);
    }

    private static Menu scopeMenu(ActionsViewModel model) {
        Menu menu = new Menu("Act on");
        List<RadioMenuItem> items = scopeItems(model, "");
        items.forEach(i -> i.setAccelerator(SCOPE_KEYS.get(ActionScope.valueOf(i.getId().substring("scope-".length())))));
        menu.getItems().setAll(items);
        return menu;
    }

    /** How long Escalate waits between SIGTERM and SIGKILL. */
    private static Menu graceMenu(ActionsViewModel model) {
        Menu menu = new Menu("Grace period");
        ToggleGroup group = new ToggleGroup();
        for (Duration grace : GRACE_CHOICES) {
            RadioMenuItem item = new RadioMenuItem(grace.toSeconds() + " s");
            item.setToggleGroup(group);
            item.setSelected(grace.equals(model.graceProperty().get()));
            item.setOnAction(e -> model.graceProperty().set(grace));
            model.graceProperty().addListener((obs, old, now) -> item.setSelected(grace.equals(now)));
            menu.getItems().add(item);
        }
        return menu;
    }

    /** One radio item per scope, kept in step with the model: "Act on group", ... */
    static List<RadioMenuItem> scopeItems(ActionsViewModel model, String prefix) {
        ToggleGroup group = new ToggleGroup();
        List<RadioMenuItem> items = new ArrayList<>();
        for (ActionScope scope : ActionScope.values()) {
            RadioMenuItem item = new RadioMenuItem(prefix + scope + (scope == ActionScope.TREE ? " (with its children)" : ""));
            item.setId("scope-" + scope.name());
            item.setToggleGroup(group);
            item.setSelected(model.scopeProperty().get() == scope);
            item.setOnAction(e -> model.scopeProperty().set(scope));
            model.scopeProperty().addListener((obs, old, now) -> item.setSelected(now == scope));
            items.add(item);
        }
        return items;
    }

    private static MenuItem item(String text, KeyCombination key, Runnable action, ActionsViewModel model, ActionKind kind) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(key);
        item.setOnAction(e -> action.run());
        item.disableProperty().bind(ActionControls.disabled(model, kind));
        return item;
    }
}
