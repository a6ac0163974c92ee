package dev.progeny.app.gui.common;

import javafx.scene.control.TextArea;
import javafx.scene.control.skin.TextAreaSkin;

/**
 * The text area counterpart of {@link SteadyCaretTextFieldSkin}: no blink timeline, so a focused
 * text area does not keep the pulse running. Installed for every {@code .text-area} by
 * {@code app.css}. All platforms; FX thread only.
 */
public final class SteadyCaretTextAreaSkin extends TextAreaSkin {

    public SteadyCaretTextAreaSkin(TextArea control) {
        super(control);
    }

    /** Never starts the blink timeline; the caret's visibility follows the focus alone. */
    @Override
    public void setCaretAnimating(boolean value) {
        // Deliberately empty: see SteadyCaretTextFieldSkin.
    }
}
