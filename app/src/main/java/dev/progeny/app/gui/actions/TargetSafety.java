package dev.progeny.app.gui.actions;

import dev.progeny.probes.ProcessInfo;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Decides whether an action may hit its target (DESIGN.md, Safety rules). Refused: what the
 * platform's {@link dev.progeny.probes.terminate.SignalGuard} refuses (pid, group or session 0 or
 * 1, Progeny's own), and a family that holds Progeny. Confirmed first: processes of another user,
 * and processes outside this run's launches. The signalling layer checks again with the same
 * guard; this is the user-facing first line. Pure, thread-safe.
 */
public final class TargetSafety {
    /** How many outsiders a confirmation names before it says "and N more". */
    private static final int NAMED = 3;

    private TargetSafety() {
    }

    public static SafetyDecision assess(ActionTarget target, SafetyContext context) {
        String what = target.description();
        Optional<String> refusal = context.guard().refuseFamily(target.family());
        if (refusal.isPresent()) {
            String reason = refusal.get();
            return SafetyDecision.refuse(Character.toUpperCase(reason.charAt(0)) + reason.substring(1) + ".");
        }
        ProcessInfo self = context.self();
        List<ProcessInfo> members = target.members(context.snapshot());
        // A tree rooted at one of Progeny's ancestors, or a launch Progeny joined, holds Progeny.
        if (members.stream().anyMatch(p -> p.pid() == self.pid())) {
            return SafetyDecision.refuse("Refused: " + what + " includes Progeny itself.");
        }
        List<ProcessInfo> foreign = members.stream().filter(p -> p.uid() != self.uid()).toList();
        if (!foreign.isEmpty()) {
            return SafetyDecision.confirm(what + " has " + count(foreign) + " of another user (" + names(foreign)
                    + "). Signal it anyway?");
        }
        List<ProcessInfo> outside = members.stream().filter(p -> !context.launchMembers().contains(p.key())).toList();
        if (!outside.isEmpty()) {
            return SafetyDecision.confirm(what + " has " + count(outside) + " that Progeny did not launch ("
                    + names(outside) + "). Signal it anyway?");
        }
        return SafetyDecision.allow();
    }

    private static String count(List<ProcessInfo> processes) {
        return processes.size() == 1 ? "1 process" : processes.size() + " processes";
    }

    private static String names(List<ProcessInfo> processes) {
        String named = processes.stream().limit(NAMED).map(p -> p.name() + " " + p.pid()).collect(Collectors.joining(", "));
        return processes.size() > NAMED ? named + " and " + (processes.size() - NAMED) + " more" : named;
    }
}
