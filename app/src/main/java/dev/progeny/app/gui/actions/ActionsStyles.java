package dev.progeny.app.gui.actions;

/** Style classes and node ids of the action controls (see {@code actions.css}). Constants; every OS. */
public final class ActionsStyles {
    public static final String STYLESHEET = "actions.css";
    public static final String COUNTDOWN = "escalation-countdown";

    public static final String KILL_ID = "action-kill";
    public static final String ESCALATE_ID = "action-escalate";
    public static final String SIGNAL_ID = "action-signal";
    public static final String SUSPEND_ID = "action-suspend";
    public static final String REAP_ID = "action-reap";
    public static final String COUNTDOWN_ID = "escalation-countdown";

    private ActionsStyles() {
    }
}
