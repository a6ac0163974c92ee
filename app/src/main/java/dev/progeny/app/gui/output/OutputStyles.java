package dev.progeny.app.gui.output;

/** Style classes and node ids of the output pane (see {@code output.css}). Constants; every OS. */
public final class OutputStyles {
    public static final String STYLESHEET = "output.css";
    public static final String PANE = "output-pane";
    public static final String BAR = "output-bar";
    public static final String LINE = "output-line";
    /** On lines written to stderr (which also carry an "err" mark: not colour alone). */
    public static final String STDERR = "stderr";
    public static final String STDERR_MARK = "stderr-mark";
    /** Pseudo-class on lines that match the search. */
    public static final String MATCH = "match";

    public static final String LIST_ID = "output-lines";
    public static final String CHOOSER_ID = "output-launch";
    public static final String STATUS_ID = "output-status";
    public static final String SEARCH_ID = "output-search";
    public static final String FOUND_ID = "output-found";
    public static final String SAVE_ID = "output-save";
    public static final String PREVIOUS_ID = "output-previous";
    public static final String NEXT_ID = "output-next";
    public static final String FOLLOW_ID = "output-follow";
    public static final String NOTICE_ID = "output-notice";
    public static final String EARLIER_ID = "output-earlier";
    public static final String PLACEHOLDER_ID = "output-placeholder";
    /** The notice of lines the window does not hold, and the banner over a page of earlier lines. */
    public static final String NOTICE = "output-notice";

    private OutputStyles() {
    }
}
