package dev.progeny.app.gui.common;

import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * Dialogs look like their window: a dialog is a window of its own, so it takes the owner's
 * stylesheets and its appearance class ("dark") itself. FX thread only; every OS.
 */
public final class Dialogs {
    private Dialogs() {
    }

    /** Owns {@code dialog} by {@code owner} and gives it the owner's look; returns the dialog. */
    public static <D extends Dialog<?>> D ownedBy(D dialog, Window owner) {
        dialog.initOwner(owner);
        Scene scene = owner == null ? null : owner.getScene();
        if (scene != null) {
            dialog.getDialogPane().getStylesheets().setAll(scene.getStylesheets());
            scene.getRoot().getStyleClass().stream().filter(c -> !dialog.getDialogPane().getStyleClass().contains(c))
                    .forEach(c -> dialog.getDialogPane().getStyleClass().add(c));
        }
        return dialog;
    }
}
