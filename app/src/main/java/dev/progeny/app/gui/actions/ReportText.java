package dev.progeny.app.gui.actions;

import dev.progeny.app.gui.actions.ActionResult.Outcome;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.Signal;
import dev.progeny.probes.terminate.Delivery;
import dev.progeny.probes.terminate.Reaped;
import dev.progeny.probes.terminate.Survivor;
import dev.progeny.probes.terminate.TerminationReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Words for what the terminator and reaper did: who got which signal, who survived. Pure. */
final class ReportText {
    private ReportText() {
    }

    /**
     * @param verb        "Killed", "Escalated", "Sent SIGSTOP to"
     * @param expectEnd   whether the signal was meant to end the family (so survivors matter)
     */
    static ActionResult termination(String verb, TerminationReport report, boolean expectEnd) {
        Map<Signal, Integer> sent = new LinkedHashMap<>();
        report.deliveries().stream().filter(Delivery::sent).forEach(d -> sent.merge(d.signal(), 1, Integer::sum));
        String signals = sent.isEmpty() ? "no signal sent" : sent.entrySet().stream()
                .map(e -> e.getKey().fullName() + " to " + e.getValue()).collect(Collectors.joining(", "));
        int members = report.members().size();
        String summary;
        Outcome outcome = Outcome.DONE;
        if (members == 0) {
            summary = verb + " " + report.family() + ": nothing was alive";
        } else if (!expectEnd) {
            summary = verb + " " + report.family() + ": " + signals;
        } else if (report.clean()) {
            summary = String.format(Locale.ROOT, "%s %s: all %d ended in %.1f s (%s)", verb, report.family(), members,
                    report.elapsed().toMillis() / 1000.0, signals);
        } else if (report.survivors().isEmpty()) {
            outcome = Outcome.SURVIVORS;
            summary = verb + " " + report.family() + ": its cgroup still holds a live process (" + signals + ")";
        } else {
            outcome = Outcome.SURVIVORS;
            summary = verb + " " + report.family() + ": " + report.survivors().size() + " of " + members
                    + " survived (" + signals + ")";
        }
        return new ActionResult(outcome, summary, details(report));
    }

    static ActionResult delivery(Delivery d, String name) {
        String who = "process " + d.target().pid() + " (" + name + ")";
        return switch (d.outcome()) {
            case SENT -> ActionResult.of(Outcome.DONE, "Sent " + d.signal().fullName() + " to " + who);
            case GONE -> ActionResult.of(Outcome.DONE, who + " had already exited");
            case REFUSED -> ActionResult.of(Outcome.REFUSED, "Refused: " + d.detail());
            case DENIED, UNSUPPORTED, FAILED -> ActionResult.of(Outcome.FAILED,
                    d.signal().fullName() + " to " + who + " failed: " + d.detail());
        };
    }

    /** {@code result} with the processes the action killed and then reaped, each with its exit status. */
    static ActionResult withReaped(ActionResult result, List<Reaped> reaped) {
        if (reaped.isEmpty()) {
            return result;
        }
        List<String> details = new ArrayList<>(result.details());
        reaped.forEach(r -> details.add(r.pid() + " (" + r.name() + "): reaped, " + r.status()));
        return new ActionResult(result.outcome(), result.summary() + "; reaped " + reaped.size()
                + (reaped.size() == 1 ? " orphan" : " orphans"), details);
    }

    static ActionResult reaped(List<Reaped> reaped) {
        if (reaped.isEmpty()) {
            return ActionResult.of(Outcome.DONE, "No orphaned zombies to reap");
        }
        List<String> details = reaped.stream().map(r -> r.pid() + " (" + r.name() + "): " + r.status()).toList();
        String summary = "Reaped " + reaped.size() + (reaped.size() == 1 ? " orphan: " : " orphans: ")
                + String.join(", ", details.subList(0, Math.min(3, details.size())))
                + (details.size() > 3 ? ", ..." : "");
        return new ActionResult(Outcome.DONE, summary, details);
    }

    /** One line per member: the signals it got, then one line per survivor with the reason. */
    private static List<String> details(TerminationReport report) {
        Map<Integer, String> names = new HashMap<>();
        report.members().forEach(p -> names.put(p.pid(), p.name()));
        Map<Integer, List<String>> perPid = new LinkedHashMap<>();
        for (ProcessInfo p : report.members()) {
            perPid.put(p.pid(), new ArrayList<>());
        }
        for (Delivery d : report.deliveries()) {
            String what = d.signal().fullName() + (d.sent() ? "" : " " + d.outcome().name().toLowerCase(Locale.ROOT));
            perPid.computeIfAbsent(d.target().pid(), k -> new ArrayList<>()).add(what);
        }
        List<String> out = new ArrayList<>();
        perPid.forEach((pid, got) -> out.add(pid + " (" + names.getOrDefault(pid, "?") + "): "
                + (got.isEmpty() ? "no signal" : String.join(", ", got))));
        for (Survivor s : report.survivors()) {
            out.add("survived: " + s);
        }
        return out;
    }
}
