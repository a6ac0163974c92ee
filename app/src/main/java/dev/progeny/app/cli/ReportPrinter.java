package dev.progeny.app.cli;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.terminate.Delivery;
import dev.progeny.probes.terminate.Departure;
import dev.progeny.probes.terminate.Survivor;
import dev.progeny.probes.terminate.TerminationReport;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints a {@link TerminationReport}: one line per signal and per exit, in time order relative
 * to the start, then the survivors with their reasons and a summary line.
 */
final class ReportPrinter {
    private ReportPrinter() {
    }

    static void print(PrintWriter out, TerminationReport report) {
        Map<Integer, String> names = new HashMap<>();
        report.members().forEach(p -> names.put(p.pid(), p.name()));
        report.departures().forEach(d -> names.putIfAbsent(d.process().pid(), d.name()));
        out.printf("%s: %d live member(s)%n", report.family(), report.members().size());
        for (Delivery d : report.deliveries()) {
            out.printf("%9s  %-8s pid %-7d %-16s %s%s%n", offset(report.started(), d.at()), d.signal().fullName(),
                    d.target().pid(), names.getOrDefault(d.target().pid(), "?"), word(d.outcome()),
                    d.detail().isEmpty() ? "" : " (" + d.detail() + ")");
        }
        for (Departure d : report.departures()) {
            out.printf("%9s  exited   pid %-7d %s%s%n", offset(report.started(), d.seenAt()), d.process().pid(), d.name(),
                    d.status().map(s -> " (" + s + ")").orElse(""));
        }
        for (Survivor s : report.survivors()) {
            ProcessInfo p = s.process();
            out.printf("survivor  pid %-7d %-16s %s%n", p.pid(), p.name(), s.reason());
        }
        if (report.cgroupPopulated()) {
            out.println("survivor  the family's cgroup still holds a live process");
        }
        String stages = report.stages().stream().map(st -> word(st).replace('_', '-')).collect(Collectors.joining(" "));
        out.printf("%s: %d signal(s) sent, %d exited, %d survived, stages [%s], %s%n",
                report.clean() ? "clean" : "NOT clean", report.deliveries().stream().filter(Delivery::sent).count(),
                report.departures().size(), report.survivors().size(), stages, millis(report.elapsed()));
        out.flush();
    }

    private static String offset(Instant start, Instant at) {
        return "+" + millis(Duration.between(start, at));
    }

    static String millis(Duration d) {
        return String.format(Locale.ROOT, "%.1fms", d.toNanos() / 1e6);
    }

    private static String word(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
