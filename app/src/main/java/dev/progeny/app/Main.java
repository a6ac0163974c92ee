package dev.progeny.app;

import dev.progeny.app.cli.ProgenyCommand;
import dev.progeny.app.log.AppLog;
import dev.progeny.app.log.UserDirs;

/**
 * The jar's entry point. With no arguments it opens the window; with any argument it is the
 * {@code progeny} command line, which never starts JavaFX. (A class that extends
 * {@code Application} cannot be the entry point with JavaFX on the class path, hence this one.)
 */
public final class Main {
    /** Said instead of a stack trace where JavaFX is missing, as in the FreeBSD package. */
    static final String NO_JAVAFX = "progeny: the window needs JavaFX, which this installation does not include;"
            + " the command line works: progeny --help (on FreeBSD: pkg info -D progeny says more)";

    private Main() {
    }

    public static void main(String[] args) {
        // Before anything can log, JavaFX included: the window, the command line and the benchmarks alike.
        AppLog.install(UserDirs.current());
        if (args.length == 0) {
            if (!javaFxPresent(Main.class.getClassLoader())) {
                System.err.println(NO_JAVAFX);
                System.exit(1);
            }
            dev.progeny.app.gui.ProgenyApp.launchWindow(args);
            return;
        }
        System.exit(ProgenyCommand.execute(args));
    }

    /** Whether {@code loader} sees JavaFX; it loads nothing and starts no toolkit. */
    static boolean javaFxPresent(ClassLoader loader) {
        try {
            Class.forName("javafx.application.Application", false, loader);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
