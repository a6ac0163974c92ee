package dev.progeny.app.gui.notify;

/** Style classes and node ids of the notification area (see {@code notices.css}). Constants; every OS. */
public final class NotifyStyles {
    public static final String STYLESHEET = "notices.css";
    public static final String NOTICES = "notices";
    public static final String HEADER = "notices-header";
    public static final String TITLE = "notices-title";
    /** Each cell; it carries the pseudo-class of its severity ({@code :done}, {@code :warning}, ...). */
    public static final String NOTICE = "notice";
    public static final String SIGN = "notice-sign";
    public static final String TIME = "notice-time";
    public static final String SUMMARY = "notice-summary";
    public static final String REPORT = "notice-report";
    /** The status bar's echo of the newest notice; it carries its severity's pseudo-class too. */
    public static final String LATEST = "latest-notice";

    public static final String NOTICES_ID = "notices";
    public static final String LIST_ID = "notices-list";
    public static final String CLEAR_ID = "notices-clear";
    public static final String REPORT_TEXT_ID = "notice-report-text";
    public static final String LATEST_ID = "latest-notice";

    private NotifyStyles() {
    }
}
