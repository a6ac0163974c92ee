package dev.progeny.app.cli;

import dev.progeny.probes.diagnose.ContainerRef;
import dev.progeny.probes.diagnose.Diagnosis;
import dev.progeny.probes.diagnose.DiagnosisWords;
import dev.progeny.probes.diagnose.WaitWords;
import dev.progeny.probes.diagnose.WhyReport;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** {@code progeny why} as text: the process, then each process that explains it, one fact a line. */
final class WhyText {
    private WhyText() {
    }

    static void print(PrintWriter out, WhyReport report, List<String> targetPipes, List<String> targetSockets) {
        Diagnosis d = report.target();
        out.println(headline(d, null));
        line(out, "state", d.facts().process().state().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        body(out, d, targetPipes, targetSockets);
        d.facts().zombieFor().ifPresent(age -> line(out, "zombie for", WaitWords.duration(age)));
        if (d.facts().nspid().size() > 1) {
            line(out, "nspid", d.facts().nspid().stream().map(String::valueOf).collect(Collectors.joining(" ")));
        }
        d.facts().pidNamespace().ifPresent(ns -> line(out, "namespace", "pid:[" + ns + "]"));
        line(out, "container", d.facts().container().map(ContainerRef::describe).orElse("none"));
        d.facts().limits().ifPresent(l -> line(out, "limits", String.join(", ", DiagnosisWords.limits(l))));
        line(out, "fds", d.facts().fds().map(fds -> fds.isEmpty() ? "none" : fds.stream()
                .map(f -> f.fd() + " " + f.target().text() + f.info().map(i -> " (" + i.flagWords() + ")").orElse(""))
                .collect(Collectors.joining(", "))).orElse(DiagnosisWords.NOT_READ));
        for (WhyReport.Related r : report.related()) {
            out.println(headline(r.diagnosis(), r.role()));
            body(out, r.diagnosis(), List.of(), List.of());
        }
    }

    private static String headline(Diagnosis d, WhyReport.Role role) {
        String who = d.pid() + " " + d.facts().process().name();
        return (role == null ? who : who + ", " + role.words()) + ": " + WaitWords.describe(d.waitingFor());
    }

    private static void body(PrintWriter out, Diagnosis d, List<String> pipes, List<String> sockets) {
        pipes.forEach(p -> line(out, "pipe", p));
        sockets.forEach(s -> line(out, "socket", s));
        DiagnosisWords.inherited(d.inherited()).forEach(i -> line(out, "inherited", i));
        d.fromProgeny().forEach(i -> line(out, "PROGENY BUG", "fd " + i.fd() + " is Progeny's own fd " + i.fromFd()
                + " (it must never reach a launched process)"));
        d.zombies().ifPresent(z -> line(out, "zombies", z.describe()));
    }

    private static void line(PrintWriter out, String label, String text) {
        out.printf("  %-11s %s%n", label, text);
    }
}
