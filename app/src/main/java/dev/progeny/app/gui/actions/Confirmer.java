package dev.progeny.app.gui.actions;

/** Asks the user a yes/no question on the FX thread (a dialog in the app, a fixed answer in tests). */
@FunctionalInterface
public interface Confirmer {

    boolean confirm(String title, String question);
}
