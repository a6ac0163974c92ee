package dev.progeny.app.gui.actions;

import dev.progeny.probes.SignalTable;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuButton;

/**
 * F9: the list of signals, opened from the keyboard. It drops down from the tool bar's Signal
 * button when that is on screen, else it opens over the tree (the button may sit in the tool
 * bar's overflow). FX thread only; every OS.
 */
public final class SignalPopup {
    private final ActionsViewModel model;
    private final MenuButton button;
    private final ContextMenu menu = new ContextMenu();

    public SignalPopup(ActionsViewModel model, SignalTable signals, MenuButton button) {
        this.model = model;
        this.button = button;
        menu.setId("signal-popup");
        menu.getItems().setAll(ActionControls.signalItems(model, signals));
    }

    /** Opens the list when there is something to signal; {@code fallback} is where it opens when the button is hidden. */
    public void show(Node fallback) {
        if (model.noTargetProperty().get()) {
            return;
        }
        if (button.getScene() != null && button.isVisible() && button.getParent() != null && button.getParent().isVisible()
                && button.localToScene(button.getBoundsInLocal()).getMaxX() > 0) {
            button.show();
            return;
        }
        Bounds b = fallback.localToScreen(fallback.getBoundsInLocal());
        menu.show(fallback, b.getMinX() + b.getWidth() / 3, b.getMinY() + 40);
    }
}
