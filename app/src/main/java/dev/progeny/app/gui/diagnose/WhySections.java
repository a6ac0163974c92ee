package dev.progeny.app.gui.diagnose;

import dev.progeny.probes.diagnose.ContainerRef;
import dev.progeny.probes.diagnose.Diagnosis;
import dev.progeny.probes.diagnose.DiagnosisWords;
import dev.progeny.probes.diagnose.ProcessFacts;
import dev.progeny.probes.diagnose.WaitWords;
import dev.progeny.probes.diagnose.WhyReport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * The Why pane's sections for one report: waiting for, pipes, connected sockets (where it has
 * some), the processes that explain it,
 * inherited descriptors (Progeny's own loudly), zombies, namespace and container, limits, and
 * every open descriptor. Pure; thread-safe.
 */
final class WhySections {
    private WhySections() {
    }

    /**
     * @param holders what is known of another pid (its name and wait), or null
     * @param seenZombieFor how long the window has seen the target as a zombie, where it is one
     */
    static List<WhySection> of(WhyReport report, IntFunction<DiagnosisWords.Holder> holders, int progeny,
                               Optional<Duration> seenZombieFor) {
        Diagnosis d = report.target();
        ProcessFacts f = d.facts();
        List<WhySection> out = new ArrayList<>();
        out.add(new WhySection("waiting", "Waiting for", List.of(WaitWords.describe(d.waitingFor())), false));
        List<String> pipes = DiagnosisWords.pipes(d, holders, progeny);
        boolean read = f.fds().isPresent();
        out.add(new WhySection("pipes", "Pipes", !read ? List.of(DiagnosisWords.NOT_READ) : pipes.isEmpty() ? List.of("none") : pipes,
                false));
        List<String> sockets = DiagnosisWords.sockets(d, holders, progeny);
        if (!sockets.isEmpty()) {
            out.add(new WhySection("sockets", "Connected sockets", sockets, false));
        }
        if (!report.related().isEmpty()) {
            out.add(new WhySection("related", "Explained by", report.related().stream()
                    .map(r -> r.diagnosis().pid() + " " + r.diagnosis().facts().process().name() + " (" + r.role().words() + "): "
                            + WaitWords.describe(r.diagnosis().waitingFor()))
                    .toList(), false));
        }
        if (!d.fromProgeny().isEmpty()) {
            out.add(new WhySection("progeny-leak", "Progeny bug", d.fromProgeny().stream()
                    .map(i -> "fd " + i.fd() + " is Progeny's own fd " + i.fromFd() + ": it must never reach a launched process")
                    .toList(), true));
        }
        List<String> inherited = DiagnosisWords.inherited(d.inherited());
        out.add(new WhySection("inherited", "Inherited descriptors",
                !read ? List.of(DiagnosisWords.NOT_READ) : inherited.isEmpty() ? List.of("none beyond 0-2") : inherited, false));
        d.zombies().ifPresent(z -> out.add(new WhySection("zombies", "Zombies", List.of(z.describe()), false)));
        Optional<Duration> zombieFor = f.zombieFor().or(() -> seenZombieFor);
        zombieFor.ifPresent(age -> out.add(new WhySection("zombie-age", "Zombie for", List.of(WaitWords.duration(age)), false)));
        out.add(new WhySection("namespace", "Namespace and container", namespace(f), false));
        f.limits().ifPresent(l -> out.add(new WhySection("limits", "Limits", DiagnosisWords.limits(l), false)));
        out.add(f.fds().map(fds -> new WhySection("fds", "Open descriptors (" + fds.size() + ")", fds.stream()
                .map(x -> x.fd() + "  " + x.target().text() + x.info().map(i -> "  " + i.flagWords()).orElse(""))
                .toList(), false)).orElseGet(() -> new WhySection("fds", "Open descriptors", List.of(DiagnosisWords.NOT_READ), false)));
        return out;
    }

    private static List<String> namespace(ProcessFacts f) {
        List<String> lines = new ArrayList<>();
        List<Integer> nspid = f.nspid();
        lines.add(nspid.size() > 1
                ? "pid " + nspid.getFirst() + " here, " + nspid.getLast() + " inside its pid namespace (NSpid "
                        + nspid.stream().map(String::valueOf).collect(Collectors.joining(" ")) + ")"
                : "pid " + nspid.getFirst() + " (no nested pid namespace)");
        f.pidNamespace().ifPresent(ns -> lines.add("pid namespace pid:[" + ns + "]"));
        lines.add("container: " + f.container().map(ContainerRef::describe).orElse("none"));
        return lines;
    }
}
