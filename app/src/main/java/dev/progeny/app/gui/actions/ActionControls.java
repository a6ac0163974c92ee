package dev.progeny.app.gui.actions;

import dev.progeny.app.gui.actions.FamilyActions.ActionKind;
import dev.progeny.probes.Signal;
import dev.progeny.probes.SignalTable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;

/** The action tool bar's controls: scope, Kill, Escalate, Signal, Suspend, Resume, Reap, feedback. */
public final class ActionControls {
    private final List<Node> nodes;

    public ActionControls(ActionsViewModel model, SignalTable signals) {
        ChoiceBox<ActionScope> scope = new ChoiceBox<>();
        scope.setId(ActionsStyles.SCOPE_ID);
        scope.getItems().setAll(ActionScope.values());
        scope.valueProperty().bindBidirectional(model.scopeProperty());
        scope.setTooltip(new Tooltip("What the actions reach: the selected process, its group, session, tree, or its launch's whole family"));

        Button kill = button(ActionsStyles.KILL_ID, "", "SIGKILL to every member (Delete)", model::kill,
                disabled(model, ActionKind.SIGNAL));
        kill.textProperty().bind(Bindings.concat("Kill ", model.scopeProperty()));
        Button escalate = button(ActionsStyles.ESCALATE_ID, "Escalate", "SIGTERM, then SIGKILL after the grace period (Shift+Delete)",
                model::escalate, disabled(model, ActionKind.ESCALATE));
        MenuButton signal = new MenuButton("Signal");
        signal.setId(ActionsStyles.SIGNAL_ID);
        signal.setTooltip(new Tooltip("Send any signal to the target"));
        signal.getItems().setAll(signalItems(model, signals));
        signal.disableProperty().bind(disabled(model, ActionKind.SIGNAL));
        Button suspend = button(ActionsStyles.SUSPEND_ID, "Suspend", "SIGSTOP: freeze the target", model::suspend,
                disabled(model, ActionKind.SUSPEND_RESUME));
        Button resume = button(ActionsStyles.RESUME_ID, "Resume", "SIGCONT: let the target run again", model::resume,
                disabled(model, ActionKind.SUSPEND_RESUME));
        Button reap = new Button("Reap orphans");
        reap.setId(ActionsStyles.REAP_ID);
        reap.setTooltip(new Tooltip("Collect zombies re-parented to Progeny and show their exit statuses"));
        reap.setOnAction(e -> model.reapOrphans());
        reap.disableProperty().bind(model.busyProperty().or(Bindings.createBooleanBinding(
                () -> !model.supports(ActionKind.REAP_ORPHANS))));

        nodes = List.of(scope, kill, escalate, signal, suspend, resume, new Separator(), reap, new Separator(),
                new CountdownView(model), new ResultView(model));
    }

    /** For {@code MainWindow.actionToolBar().getItems()}. */
    public List<Node> nodes() {
        return nodes;
    }

    /** One item per signal this OS knows, e.g. "SIGUSR1 (10)". */
    static List<MenuItem> signalItems(ActionsViewModel model, SignalTable signals) {
        return Arrays.stream(Signal.values())
                .filter(s -> signals.parse(s.name()).isPresent())
                .map(s -> {
                    MenuItem item = new MenuItem(s.fullName() + " (" + signals.number(s) + ")");
                    item.setId("signal-" + s.name());
                    item.setOnAction(e -> model.sendSignal(s));
                    return item;
                }).toList();
    }

    static BooleanBinding disabled(ActionsViewModel model, ActionKind kind) {
        return model.noTargetProperty().or(Bindings.createBooleanBinding(() -> !model.supports(kind)));
    }

    private static Button button(String id, String text, String tip, Runnable action, BooleanBinding disabled) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.disableProperty().bind(disabled);
        return b;
    }

    /** The actions stylesheet, for the scene (the tool bar and menus live in the window's nodes). */
    public static String stylesheet() {
        return Objects.requireNonNull(ActionControls.class.getResource(ActionsStyles.STYLESHEET)).toExternalForm();
    }
}
