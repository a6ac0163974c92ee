package dev.progeny.app.gui.lifecycle;

import dev.progeny.app.gui.actions.ActionResult;
import dev.progeny.app.gui.common.Dialogs;
import dev.progeny.app.gui.processtree.LaunchLabel;
import dev.progeny.probes.launch.Launch;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * The dialogs of closing: the three-way question, and survivors if ending left any. FX thread only
 * (dialogs wait in a nested event loop); every OS.
 */
public final class CloseDialog implements CloseGuard.Asker {
    public static final ButtonType END = new ButtonType("End them", ButtonBar.ButtonData.YES);
    public static final ButtonType LEAVE = new ButtonType("Leave them running", ButtonBar.ButtonData.NO);

    private final Window owner;

    public CloseDialog(Window owner) {
        this.owner = owner;
    }

    @Override
    public CloseGuard.Choice ask(List<Launch> live) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", END, LEAVE, ButtonType.CANCEL);
        Dialogs.ownedBy(alert, owner);
        alert.setTitle("Quit Progeny");
        alert.setHeaderText(live.size() == 1 ? "A launch is still alive." : live.size() + " launches are still alive.");
        alert.setContentText(live.stream().map(l -> "\u2022 " + l.id() + ": " + LaunchLabel.of(l.spec()))
                .collect(Collectors.joining("\n"))
                + "\n\nEnd them (TERM, then KILL), leave them running without Progeny, or cancel?");
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == END) {
            return CloseGuard.Choice.END;
        }
        return answer == LEAVE ? CloseGuard.Choice.LEAVE : CloseGuard.Choice.CANCEL;
    }

    /** Shown before closing when ending the launches left survivors. */
    public void reportSurvivors(List<ActionResult> results) {
        List<ActionResult> bad = results.stream().filter(r -> r.outcome() != ActionResult.Outcome.DONE).toList();
        if (bad.isEmpty()) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.WARNING);
        Dialogs.ownedBy(alert, owner);
        alert.setTitle("Quit Progeny");
        alert.setHeaderText("Some processes could not be ended.");
        alert.setContentText(bad.stream().map(r -> r.summary() + "\n" + String.join("\n", r.details()))
                .collect(Collectors.joining("\n\n")));
        alert.showAndWait();
    }
}
