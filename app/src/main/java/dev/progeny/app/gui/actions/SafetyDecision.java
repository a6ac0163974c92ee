package dev.progeny.app.gui.actions;

/**
 * Whether an action may go ahead, must be confirmed by the user, or is refused; and why. Immutable;
 * every OS.
 */
public record SafetyDecision(Verdict verdict, String reason) {

    public enum Verdict { ALLOW, CONFIRM, REFUSE }

    public static SafetyDecision allow() {
        return new SafetyDecision(Verdict.ALLOW, "");
    }

    public static SafetyDecision confirm(String reason) {
        return new SafetyDecision(Verdict.CONFIRM, reason);
    }

    public static SafetyDecision refuse(String reason) {
        return new SafetyDecision(Verdict.REFUSE, reason);
    }
}
