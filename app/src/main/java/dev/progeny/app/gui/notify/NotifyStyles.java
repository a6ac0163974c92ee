package dev.progeny.app.gui.notify;

/** Style classes and node ids of the outlived-launch alarms (see {@code alarms.css}). Constants; every OS. */
public final class NotifyStyles {
    public static final String STYLESHEET = "alarms.css";
    public static final String ALARM_BAR = "alarm-bar";
    public static final String ALARM = "outlived-alarm";
    public static final String ALARM_BAR_ID = "outlived-alarms";
    public static final String CLEANUP_CLASS = "alarm-cleanup";

    private NotifyStyles() {
    }
}
