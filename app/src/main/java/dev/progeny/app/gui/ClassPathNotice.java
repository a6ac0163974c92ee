package dev.progeny.app.gui;

import java.util.logging.Logger;

/**
 * Drops JavaFX's one start-up warning that it was "loaded from 'unnamed module'". Progeny runs
 * JavaFX from the class path in every form it ships in ({@code java -jar}, whose manifest cannot
 * name a module path, and the packages, whose jars sit beside the app's), which is also how every
 * window test runs it; the warning would be printed on each start and says nothing the user can
 * act on. Every other JavaFX message still passes.
 */
final class ClassPathNotice {
    static final String PREFIX = "Unsupported JavaFX configuration";

    /** JavaFX logs through {@code System.Logger} "javafx"; held here because JUL keeps loggers weakly. */
    private static final Logger JAVAFX = Logger.getLogger("javafx");

    private ClassPathNotice() {
    }

    /** Call before JavaFX starts. */
    static void drop() {
        JAVAFX.setFilter(record -> record.getMessage() == null || !record.getMessage().startsWith(PREFIX));
    }
}
