package dev.progeny.app.gui.actions;

import javafx.beans.value.ObservableBooleanValue;

/** Removing ended launches, as the menus offer it. FX thread only. */
public interface LaunchRemoval {

    /** True when the selection is the header of an ended launch that left nothing alive: Delete removes it. */
    ObservableBooleanValue removableHeaderSelected();

    /** True when the selected row's launch has ended and left nothing alive. */
    ObservableBooleanValue removableSelected();

    void removeSelected();

    void clearEnded();
}
