package dev.progeny.app.gui;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Every keyboard shortcut of the window, in one list, so Help → Shortcuts and the menus cannot
 * drift from the keys the features bind. htop's habits where they fit: F9 signal, F5 tree or
 * flat, {@code /} filter, C for a process with its children. Keys given to menu items fire only
 * where no text field takes them (JavaFX's text controls consume the keys they type or edit with).
 * Immutable, thread-safe. Works on every OS ({@code SHORTCUT} is Ctrl, or Cmd on macOS).
 */
public final class Shortcuts {
    private static final KeyCombination.Modifier CTRL = KeyCombination.SHORTCUT_DOWN;
    private static final KeyCombination.Modifier SHIFT = KeyCombination.SHIFT_DOWN;

    public static final KeyCombination FOCUS_COMMAND = new KeyCodeCombination(KeyCode.L, CTRL);
    public static final KeyCombination LAUNCH = new KeyCodeCombination(KeyCode.ENTER);
    public static final KeyCombination FOCUS_FILTER = new KeyCodeCombination(KeyCode.F, CTRL);
    /**
     * Also goes to the filter, typed anywhere but in a text field; matched on the typed character
     * (a key event filter), so it works on every keyboard layout.
     */
    public static final String FOCUS_FILTER_CHARACTER = "/";
    public static final KeyCombination CLEAR_FILTER = new KeyCodeCombination(KeyCode.ESCAPE);
    public static final KeyCombination KILL = new KeyCodeCombination(KeyCode.DELETE);
    public static final KeyCombination ESCALATE = new KeyCodeCombination(KeyCode.DELETE, SHIFT);
    public static final KeyCombination SIGNAL = new KeyCodeCombination(KeyCode.F9);
    public static final KeyCombination SUSPEND_RESUME = new KeyCodeCombination(KeyCode.Z, CTRL);
    public static final KeyCombination REAP = new KeyCodeCombination(KeyCode.R, CTRL, SHIFT);
    public static final KeyCombination SCOPE_PROCESS = new KeyCodeCombination(KeyCode.P);
    public static final KeyCombination SCOPE_GROUP = new KeyCodeCombination(KeyCode.G);
    public static final KeyCombination SCOPE_SESSION = new KeyCodeCombination(KeyCode.S);
    public static final KeyCombination SCOPE_TREE = new KeyCodeCombination(KeyCode.C);
    public static final KeyCombination SCOPE_LAUNCH = new KeyCodeCombination(KeyCode.L);
    public static final KeyCombination COPY_COMMAND = new KeyCodeCombination(KeyCode.C, CTRL, SHIFT);
    public static final KeyCombination STOP_RECORDING = new KeyCodeCombination(KeyCode.T, CTRL, SHIFT);
    public static final KeyCombination CLEAR_ENDED = new KeyCodeCombination(KeyCode.DELETE, CTRL, SHIFT);
    public static final KeyCombination LAUNCHES_VIEW = new KeyCodeCombination(KeyCode.DIGIT1, CTRL);
    public static final KeyCombination SYSTEM_VIEW = new KeyCodeCombination(KeyCode.DIGIT2, CTRL);
    public static final KeyCombination TREE_OR_FLAT = new KeyCodeCombination(KeyCode.F5);
    public static final KeyCombination REFRESH = new KeyCodeCombination(KeyCode.R, CTRL);
    public static final KeyCombination PAUSE = new KeyCodeCombination(KeyCode.SPACE);
    public static final KeyCombination MESSAGES = new KeyCodeCombination(KeyCode.M, CTRL);
    public static final KeyCombination SAVE_OUTPUT = new KeyCodeCombination(KeyCode.S, CTRL);
    public static final KeyCombination SAVE_SNAPSHOT = new KeyCodeCombination(KeyCode.S, CTRL, SHIFT);
    public static final KeyCombination COPY_LINES = new KeyCodeCombination(KeyCode.C, CTRL);
    public static final KeyCombination SEARCH_OUTPUT = new KeyCodeCombination(KeyCode.F, CTRL, SHIFT);
    public static final KeyCombination NEXT_MATCH = new KeyCodeCombination(KeyCode.F3);
    public static final KeyCombination PREVIOUS_MATCH = new KeyCodeCombination(KeyCode.F3, SHIFT);
    public static final KeyCombination HELP = new KeyCodeCombination(KeyCode.F1);
    public static final KeyCombination QUIT = new KeyCodeCombination(KeyCode.Q, CTRL);

    /** Alt+1 ... Alt+9 select the bottom tabs in order (a tab added later gets the next key). */
    public static KeyCombination tab(int index) {
        return new KeyCodeCombination(KeyCode.valueOf("DIGIT" + (index + 1)), KeyCombination.ALT_DOWN);
    }
    /** The Timeline tab's keys, while it has the focus ("=" and the keypad's + zoom in too). */
    public static final KeyCombination TIMELINE_ZOOM_IN = new KeyCodeCombination(KeyCode.PLUS);
    public static final KeyCombination TIMELINE_ZOOM_OUT = new KeyCodeCombination(KeyCode.MINUS);
    public static final KeyCombination TIMELINE_EARLIER = new KeyCodeCombination(KeyCode.LEFT);
    public static final KeyCombination TIMELINE_LATER = new KeyCodeCombination(KeyCode.RIGHT);
    public static final KeyCombination TIMELINE_PREVIOUS = new KeyCodeCombination(KeyCode.UP);
    public static final KeyCombination TIMELINE_NEXT = new KeyCodeCombination(KeyCode.DOWN);
    public static final KeyCombination TIMELINE_FIT = new KeyCodeCombination(KeyCode.DIGIT0);

    /** One line of Help → Shortcuts. */
    public record Shortcut(String keys, String action) {
        Shortcut(KeyCombination keys, String action) {
            this(keys.getDisplayText(), action);
        }
    }

    public static final List<Shortcut> ALL = List.of(
            new Shortcut(FOCUS_COMMAND, "Go to the command field"),
            new Shortcut(LAUNCH, "Launch the command (in the command field)"),
            new Shortcut(FOCUS_FILTER, "Go to the filter field (also /)"),
            new Shortcut(CLEAR_FILTER, "Clear the filter (in the filter field)"),
            new Shortcut(KILL, "Kill the selection's scope; on an ended launch's header: remove it"),
            new Shortcut(ESCALATE, "Escalate: TERM, then KILL after the grace period"),
            new Shortcut(SIGNAL, "Send a signal (a menu of every signal)"),
            new Shortcut(SUSPEND_RESUME, "Suspend (STOP) or resume (CONT) the scope"),
            new Shortcut(REAP, "Reap orphans adopted by Progeny"),
            new Shortcut("P  G  S  C  L", "Act on the process, its group, session, tree (C: with its children), launch"),
            new Shortcut(COPY_COMMAND, "Copy the selected row's command line"),
            new Shortcut(CLEAR_ENDED, "Clear ended launches"),
            new Shortcut(STOP_RECORDING, "Stop recording the selected launch (a debugger can attach then)"),
            new Shortcut(LAUNCHES_VIEW, "Show the launches"),
            new Shortcut(SYSTEM_VIEW, "Show the whole system"),
            new Shortcut(TREE_OR_FLAT, "Tree or flat list (sort the flat list by any column)"),
            new Shortcut(REFRESH, "Refresh now"),
            new Shortcut(PAUSE, "Pause or resume refreshing (outside text fields)"),
            new Shortcut(tab(0).getDisplayText() + " \u2026 " + tab(8).getDisplayText(), "Show the first, second, \u2026 bottom tab"),
            new Shortcut(MESSAGES, "Go to the messages"),
            new Shortcut(COPY_LINES, "Copy the selected output lines (in the output)"),
            new Shortcut(SEARCH_OUTPUT, "Search the shown launch's whole output, earlier lines included"),
            new Shortcut(NEXT_MATCH, "Next match in the output (also Enter in its search field)"),
            new Shortcut(PREVIOUS_MATCH, "Previous match in the output"),
            new Shortcut(SAVE_OUTPUT, "Save the shown launch's whole output"),
            new Shortcut(SAVE_SNAPSHOT, "Save a snapshot of every process as JSON"),
            new Shortcut(HELP, "These shortcuts"),
            new Shortcut(QUIT, "Quit"),
            new Shortcut(TIMELINE_ZOOM_IN, "Timeline: zoom in"),
            new Shortcut(TIMELINE_ZOOM_OUT, "Timeline: zoom out"),
            new Shortcut(TIMELINE_EARLIER, "Timeline: pan to earlier"),
            new Shortcut(TIMELINE_LATER, "Timeline: pan to later"),
            new Shortcut(TIMELINE_PREVIOUS, "Timeline: select the bar above"),
            new Shortcut(TIMELINE_NEXT, "Timeline: select the bar below"),
            new Shortcut(TIMELINE_FIT, "Timeline: fit the whole launch"));

    private Shortcuts() {
    }
}
