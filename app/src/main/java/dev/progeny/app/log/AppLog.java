package dev.progeny.app.log;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Progeny's log: everything logged through {@code System.Logger} (failures that have no place on
 * screen or stderr: a waiter that could not wait, a cgroup that could not be removed) goes to
 * {@code progeny.log} in the user's state directory, size-bounded, instead of the console, where
 * the command line says only what the user asked for. Installed once per process at start-up
 * ({@code System.Logger} is backed by java.util.logging, so no library is needed). Any OS.
 */
public final class AppLog {
    /** The one message JavaFX prints at every class-path start (see {@link #install}). */
    static final String JAVAFX_CLASS_PATH_NOTICE = "Unsupported JavaFX configuration";
    /** JavaFX logs through {@code System.Logger} "javafx"; held here because JUL keeps loggers weakly. */
    private static final Logger JAVAFX = Logger.getLogger("javafx");
    private static final Logger ROOT = Logger.getLogger("");
    private static volatile Path file;

    private AppLog() {
    }

    /**
     * Sends the log to {@code dirs.state()/progeny.log}. Drops JavaFX's start-up notice that it was
     * loaded from the class path: every form Progeny ships in runs it so ({@code java -jar} cannot
     * name a module path), and the notice says nothing a user can act on; every other JavaFX
     * message still passes. When the state directory cannot be written the log stays on stderr.
     */
    public static synchronized void install(UserDirs dirs) {
        dropJavaFxClassPathNotice();
        if (file != null) {
            return;
        }
        Path log = dirs.state().resolve("progeny.log");
        try {
            Files.createDirectories(dirs.state());
            Handler handler = new RotatingFileHandler(log);
            for (Handler h : ROOT.getHandlers()) {
                ROOT.removeHandler(h);
            }
            ROOT.addHandler(handler);
            ROOT.setLevel(Level.INFO);
            file = log;
        } catch (IOException e) {
            System.getLogger(AppLog.class.getName()).log(System.Logger.Level.WARNING,
                    "cannot write the log " + log + ": " + e + "; logging to stderr");
        }
    }

    static void dropJavaFxClassPathNotice() {
        JAVAFX.setFilter(r -> r.getMessage() == null || !r.getMessage().startsWith(JAVAFX_CLASS_PATH_NOTICE));
    }

    /** The log file, once installed (Help → About shows it). */
    public static Optional<Path> file() {
        return Optional.ofNullable(file);
    }
}
