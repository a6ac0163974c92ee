package dev.progeny.app;

import dev.progeny.app.cli.ProgenyCommand;

/**
 * The jar's entry point. With no arguments it opens the window; with any argument it is the
 * {@code progeny} command line, which never starts JavaFX. (A class that extends
 * {@code Application} cannot be the entry point with JavaFX on the class path, hence this one.)
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            dev.progeny.app.gui.ProgenyApp.launchWindow(args);
            return;
        }
        System.exit(ProgenyCommand.execute(args));
    }
}
