package dev.progeny.app.gui.launch;

/** Style classes and node ids of the launch bar (see {@code launch-bar.css}). Constants; every OS. */
public final class LaunchBarStyles {
    public static final String BAR = "launch-bar";
    public static final String STYLESHEET = "launch-bar.css";

    public static final String COMMAND_ID = "launch-command";
    public static final String MODE_ID = "launch-mode";
    public static final String DIRECTORY_ID = "launch-directory";
    public static final String ISOLATION_ID = "launch-isolation";
    public static final String RECORD_ID = "launch-record";
    public static final String BUTTON_ID = "launch-button";
    public static final String MERGE_ID = "launch-merge-stderr";

    private LaunchBarStyles() {
    }
}
