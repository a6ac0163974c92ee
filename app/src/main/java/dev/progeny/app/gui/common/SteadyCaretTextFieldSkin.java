package dev.progeny.app.gui.common;

import javafx.scene.control.TextField;
import javafx.scene.control.skin.TextFieldSkin;

/**
 * A text field skin whose caret does not blink: JavaFX blinks it with an endless
 * {@code Timeline}, and any running animation keeps the pulse going at 60 Hz, each pulse walking
 * the whole scene graph for bounds (about 7 % of a core with the process tree on screen, for as
 * long as a text field has the focus). The caret still shows exactly while the field is focused.
 * Installed for every {@code .text-field} by {@code app.css}. All platforms; FX thread only.
 */
public final class SteadyCaretTextFieldSkin extends TextFieldSkin {

    public SteadyCaretTextFieldSkin(TextField control) {
        super(control);
    }

    /** Never starts the blink timeline; the caret's visibility follows the focus alone. */
    @Override
    public void setCaretAnimating(boolean value) {
        // Deliberately empty: see the class comment.
    }
}
