package dev.progeny.app.gui.actions;

import dev.progeny.app.gui.common.Notice;
import java.util.List;

/**
 * What an action did, for the user: one summary line and detail lines (who got which signal,
 * who survived, which zombies were reaped with which status). Immutable.
 *
 * @param outcome  how it went, for colour and icon
 * @param summary  one line
 * @param details  one line per process or step
 */
public record ActionResult(Outcome outcome, String summary, List<String> details) {

    public enum Outcome { DONE, SURVIVORS, REFUSED, CANCELLED, FAILED }

    public ActionResult {
        details = List.copyOf(details);
    }

    public static ActionResult of(Outcome outcome, String summary) {
        return new ActionResult(outcome, summary, List.of());
    }

    /** This result as a message of the notification area, its details as the report. */
    public Notice notice() {
        Notice.Severity severity = switch (outcome) {
            case DONE -> Notice.Severity.DONE;
            case SURVIVORS -> Notice.Severity.WARNING;
            case REFUSED, FAILED -> Notice.Severity.ERROR;
            case CANCELLED -> Notice.Severity.INFO;
        };
        return Notice.of(severity, summary).withDetails(details);
    }
}
