package dev.progeny.app.gui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;

/**
 * The whole of a text a narrow control may cut short ("sh -c ma…"), as its tooltip, wrapped; no
 * tooltip while the text is empty. FX thread only; every OS.
 */
public final class WholeText {
    private static final double WIDTH = 640;

    private WholeText() {
    }

    public static void showWhole(Control control, ObservableStringValue text) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(text);
        tip.setWrapText(true);
        tip.setMaxWidth(WIDTH);
        control.tooltipProperty().bind(Bindings.when(Bindings.isEmpty(text)).then((Tooltip) null).otherwise(tip));
    }
}
