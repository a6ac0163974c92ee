package dev.progeny.app.gui.actions;

import dev.progeny.app.gui.actions.FamilyActions.ActionKind;
import dev.progeny.probes.SignalTable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;

/**
 * The same actions as menu items, for the tree's context menu and the Actions menu. FX thread only;
 * every OS.
 */
public final class ActionMenus {
    private static final List<Duration> GRACE_CHOICES = List.of(Duration.ofSeconds(1), Duration.ofSeconds(3),
            Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30));
    private ActionMenus() {
    }

    /** A fresh set of items (a menu item lives in one menu only). */
    public static List<MenuItem> items(ActionsViewModel model, SignalTable signals) {
        MenuItem kill = item("Kill", model::kill, model, ActionKind.SIGNAL);
        kill.textProperty().bind(Bindings.concat("Kill ", model.scopeProperty()));
        MenuItem escalate = item("Escalate (TERM, then KILL)", model::escalate, model, ActionKind.ESCALATE);
        Menu signal = new Menu("Send signal");
        signal.getItems().setAll(ActionControls.signalItems(model, signals));
        signal.disableProperty().bind(ActionControls.disabled(model, ActionKind.SIGNAL));
        MenuItem suspend = item("Suspend (STOP)", model::suspend, model, ActionKind.SUSPEND_RESUME);
        MenuItem resume = item("Resume (CONT)", model::resume, model, ActionKind.SUSPEND_RESUME);
        MenuItem reap = new MenuItem("Reap orphans");
        reap.setOnAction(e -> model.reapOrphans());
        reap.disableProperty().bind(model.busyProperty());
        MenuItem stopRecording = new MenuItem("Stop recording");
        stopRecording.setId("stop-recording");
        stopRecording.setOnAction(e -> model.stopRecording());
        stopRecording.disableProperty().bind(model.notRecordingProperty());

        // No accelerators here: a menu accelerator would fire Delete even inside a text field.
        // ActionKeys binds the keys where they are safe.
        return List.of(kill, escalate, signal, suspend, resume, new SeparatorMenuItem(), scopeMenu(model),
                graceMenu(model), new SeparatorMenuItem(), reap, stopRecording);
    }

    private static Menu scopeMenu(ActionsViewModel model) {
        Menu menu = new Menu("Act on");
        menu.getItems().setAll(scopeItems(model, ""));
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
            RadioMenuItem item = new RadioMenuItem(prefix + scope);
            item.setId("scope-" + scope.name());
            item.setToggleGroup(group);
            item.setSelected(model.scopeProperty().get() == scope);
            item.setOnAction(e -> model.scopeProperty().set(scope));
            model.scopeProperty().addListener((obs, old, now) -> item.setSelected(now == scope));
            items.add(item);
        }
        return items;
    }

    private static MenuItem item(String text, Runnable action, ActionsViewModel model, ActionKind kind) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        item.disableProperty().bind(ActionControls.disabled(model, kind));
        return item;
    }
}
