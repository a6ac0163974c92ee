package dev.progeny.app.gui.actions;

import dev.progeny.app.gui.Shortcuts;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;

/**
 * Delete kills, Shift+Delete escalates, except while typing: a key handler on the scene (so it
 * sees only keys no control consumed) that ignores text fields, where Delete edits text.
 * FX thread only; every OS.
 */
public final class ActionKeys {
    private ActionKeys() {
    }

    public static void install(Scene scene, ActionsViewModel model) {
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (scene.getFocusOwner() instanceof TextInputControl || model.noTargetProperty().get()) {
                return;
            }
            if (Shortcuts.ESCALATE.match(e)) {
                e.consume();
                model.escalate();
            } else if (Shortcuts.KILL_GROUP.match(e)) {
                e.consume();
                model.kill();
            }
        });
    }
}
