package dev.progeny.app.gui;

import dev.progeny.app.gui.common.AppState;

/**
 * One feature of the window (watching, launching, actions...) that puts its views into the
 * {@link MainWindow}'s slots. Called once, on the FX thread. Works on every OS.
 */
public interface WindowFeature {

    void install(MainWindow window, AppState state);
}
