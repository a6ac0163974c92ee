package dev.progeny.app.gui;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Every keyboard shortcut of the window, in one list, so Help → Shortcuts cannot drift from the
 * keys the features bind. Immutable, thread-safe. Works on every OS ({@code SHORTCUT} is Ctrl,
 * or Cmd on macOS).
 */
public final class Shortcuts {
    public static final KeyCombination FOCUS_COMMAND = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination LAUNCH = new KeyCodeCombination(KeyCode.ENTER);
    public static final KeyCombination FOCUS_FILTER = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination KILL_GROUP = new KeyCodeCombination(KeyCode.DELETE);
    public static final KeyCombination ESCALATE = new KeyCodeCombination(KeyCode.DELETE, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination REFRESH = new KeyCodeCombination(KeyCode.F5);
    public static final KeyCombination PAUSE = new KeyCodeCombination(KeyCode.SPACE);
    public static final KeyCombination CLEAR_FILTER = new KeyCodeCombination(KeyCode.ESCAPE);
    /** The Timeline tab's keys, while it has the focus ("=" and the keypad's + zoom in too). */
    public static final KeyCombination TIMELINE_ZOOM_IN = new KeyCodeCombination(KeyCode.PLUS);
    public static final KeyCombination TIMELINE_ZOOM_OUT = new KeyCodeCombination(KeyCode.MINUS);
    public static final KeyCombination TIMELINE_EARLIER = new KeyCodeCombination(KeyCode.LEFT);
    public static final KeyCombination TIMELINE_LATER = new KeyCodeCombination(KeyCode.RIGHT);
    public static final KeyCombination TIMELINE_PREVIOUS = new KeyCodeCombination(KeyCode.UP);
    public static final KeyCombination TIMELINE_NEXT = new KeyCodeCombination(KeyCode.DOWN);
    public static final KeyCombination TIMELINE_FIT = new KeyCodeCombination(KeyCode.DIGIT0);

    /** One line of Help → Shortcuts. */
    public record Shortcut(KeyCombination keys, String action) {
    }

    public static final List<Shortcut> ALL = List.of(
            new Shortcut(FOCUS_COMMAND, "Go to the command field"),
            new Shortcut(LAUNCH, "Launch the command (in the command field)"),
            new Shortcut(FOCUS_FILTER, "Go to the filter field"),
            new Shortcut(CLEAR_FILTER, "Clear the filter (in the filter field)"),
            new Shortcut(KILL_GROUP, "Kill the selected process group"),
            new Shortcut(ESCALATE, "Escalate: TERM, then KILL after the grace period"),
            new Shortcut(REFRESH, "Refresh now"),
            new Shortcut(PAUSE, "Pause or resume refreshing (outside text fields)"),
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
