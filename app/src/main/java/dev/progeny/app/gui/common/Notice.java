package dev.progeny.app.gui.common;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One message of the window's notification area: a result, an alarm, an error, a banner. Its
 * summary is one sentence; its details are the full report (one line per process or step); its
 * actions are buttons beside it (an alarm's "End them"). A notice with a {@code key} is live: a
 * later notice with the same key replaces it where it stands (an alarm that resolves itself).
 * Immutable; every OS.
 */
public record Notice(Instant time, Severity severity, String summary, List<String> details, List<Action> actions,
                     Optional<String> key) {

    /** How it went, for the sign beside it (a word and a sign, never colour alone). */
    public enum Severity {
        INFO("\u2139", "info"),
        DONE("\u2714", "done"),
        WARNING("\u26A0", "warning"),
        ERROR("\u2716", "error");

        private final String sign;
        private final String word;

        Severity(String sign, String word) {
            this.sign = sign;
            this.word = word;
        }

        public String sign() {
            return sign;
        }

        /** Also the notice's CSS pseudo-class. */
        public String word() {
            return word;
        }
    }

    /** A button beside the notice; {@code run} is called on the FX thread. */
    public record Action(String label, Runnable run) {
    }

    public Notice {
        details = List.copyOf(details);
        actions = List.copyOf(actions);
    }

    public static Notice of(Severity severity, String summary) {
        return new Notice(Instant.now(), severity, summary, List.of(), List.of(), Optional.empty());
    }

    public Notice withDetails(List<String> lines) {
        return new Notice(time, severity, summary, lines, actions, key);
    }

    public Notice withActions(List<Action> buttons) {
        return new Notice(time, severity, summary, details, buttons, key);
    }

    /** A live notice: the next one posted with {@code liveKey} replaces it. */
    public Notice keyed(String liveKey) {
        return new Notice(time, severity, summary, details, actions, Optional.of(liveKey));
    }
}
