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
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitMenuButton;
import javafx.scene.control.Tooltip;

/**
 * The action tool bar's controls (Kill with its scope, Escalate, Signal, Suspend/Resume, Reap) and
 * the escalation countdown. JavaFX nodes: build and touch them on the FX thread. Every OS.
 */
public final class ActionControls {
    private final List<Node> nodes;
    private final CountdownView countdown;
    private final MenuButton signal;

    public ActionControls(ActionsViewModel model, SignalTable signals) {
        // Kill, with the scope in its drop-down: one control keeps the tool bar within 1280 pixels.
        SplitMenuButton kill = new SplitMenuButton();
        kill.setId(ActionsStyles.KILL_ID);
        kill.textProperty().bind(Bindings.concat("Kill ", model.scopeProperty()));
        kill.setTooltip(new Tooltip("SIGKILL to every member (Delete). The arrow chooses what the actions reach: "
                + "the selected process, its group, session, tree, or its launch's whole family."));
        kill.getItems().setAll(ActionMenus.scopeItems(model, "Act on "));
        kill.setOnAction(e -> model.kill());
        kill.disableProperty().bind(disabled(model, ActionKind.SIGNAL));
        Button escalate = button(ActionsStyles.ESCALATE_ID, "Escalate", "SIGTERM, then SIGKILL after the grace period (Shift+Delete)",
                model::escalate, disabled(model, ActionKind.ESCALATE));
        signal = new MenuButton("Signal");
        signal.setId(ActionsStyles.SIGNAL_ID);
        signal.setTooltip(new Tooltip("Send any signal to the target (F9)"));
        signal.getItems().setAll(signalItems(model, signals));
        signal.disableProperty().bind(disabled(model, ActionKind.SIGNAL));
        // One button that follows the selection's state keeps the tool bar narrow enough for 1280 pixels.
        Button suspend = button(ActionsStyles.SUSPEND_ID, "", "SIGSTOP freezes the target; SIGCONT lets it run again (Ctrl+Z)",
                model::suspendOrResume, disabled(model, ActionKind.SUSPEND_RESUME));
        suspend.textProperty().bind(Bindings.when(model.selectedStoppedProperty()).then("Resume").otherwise("Suspend"));
        Button reap = new Button("Reap orphans");
        reap.setId(ActionsStyles.REAP_ID);
        reap.setTooltip(new Tooltip(model.unsupported(ActionKind.REAP_ORPHANS)
                .map(why -> "Not available here: " + why)
                .orElse("Collect zombies re-parented to Progeny and show their exit statuses (Ctrl+Shift+R)")));
        reap.setOnAction(e -> model.reapOrphans());
        reap.disableProperty().bind(model.busyProperty().or(Bindings.createBooleanBinding(
                () -> !model.supports(ActionKind.REAP_ORPHANS))));

        nodes = List.of(kill, escalate, signal, suspend, new Separator(), reap);
        countdown = new CountdownView(model);
    }

    /** For {@code MainWindow.actionToolBar().getItems()}. */
    public List<Node> nodes() {
        return nodes;
    }

    /** The tool bar's Signal button (F9 drops it down when it is on screen). */
    public MenuButton signalButton() {
        return signal;
    }

    /** The running escalation's countdown, for the status bar's message part (results go to the notices). */
    public Node countdown() {
        return countdown;
    }

    /** One item per signal this OS knows, e.g. "SIGUSR1 (10)". */
    static List<MenuItem> signalItems(ActionsViewModel model, SignalTable signals) {
        return Arrays.stream(Signal.values())
                .filter(signals::has)
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
