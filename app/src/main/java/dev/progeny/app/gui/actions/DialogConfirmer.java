package dev.progeny.app.gui.actions;

import dev.progeny.app.gui.common.Dialogs;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Asks with a modal warning dialog whose default button is the safe one (Cancel). FX thread only (the
 * dialog waits in a nested event loop); every OS.
 */
public final class DialogConfirmer implements Confirmer {
    public static final ButtonType SIGNAL_ANYWAY = new ButtonType("Signal anyway", ButtonBar.ButtonData.OK_DONE);

    private final Window owner;

    public DialogConfirmer(Window owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(String title, String question) {
        Alert alert = new Alert(Alert.AlertType.WARNING, question, SIGNAL_ANYWAY, ButtonType.CANCEL);
        Dialogs.ownedBy(alert, owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        ((Button) alert.getDialogPane().lookupButton(SIGNAL_ANYWAY)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return alert.showAndWait().filter(SIGNAL_ANYWAY::equals).isPresent();
    }
}
