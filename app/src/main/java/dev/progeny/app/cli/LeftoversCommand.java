package dev.progeny.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.progeny.app.leftovers.LaunchJournal;
import dev.progeny.app.leftovers.Leftover;
import dev.progeny.app.leftovers.LeftoverFinder;
import dev.progeny.probes.Platform;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.Signal;
import dev.progeny.probes.terminate.SignalRefusedException;
import dev.progeny.probes.terminate.TerminationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code progeny leftovers}: what an earlier Progeny of this user launched and no Progeny watches
 * now (it was killed, or crashed), grouped by launch; with {@code --end}, ends each family as
 * Escalate does. Exit status 0 when nothing is left (or nothing survived the end), 1 when
 * something did, 2 for bad input.
 */
@Command(name = "leftovers", mixinStandardHelpOptions = true,
        description = "List (or end, with --end) what an earlier, crashed Progeny launched and nobody watches now.")
final class LeftoversCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Option(names = "--end", description = "End each leftover family: TERM and CONT, wait --grace, KILL what is left.")
    boolean end;

    @Option(names = "--json", description = "Print {\"leftovers\":[{\"launch\",\"command\",\"cgroup\",\"processes\":[…]}]}.")
    boolean json;

    @Option(names = "--grace", paramLabel = "DUR", defaultValue = "5s", converter = DurationConverter.class,
            description = "With --end: how long members get to exit before KILL; default ${DEFAULT-VALUE}.")
    Duration grace;

    @Option(names = "--launch", paramLabel = "ID", description = "Only the leftover launch ID (repeatable).")
    List<String> only = List.of();

    @Override
    public Integer call() throws IOException {
        Platform platform = Platform.current();
        List<Leftover> leftovers = new LeftoverFinder(platform, LaunchJournal.atDefaultLocation(),
                (int) ProcessHandle.current().pid()).find().stream()
                .filter(l -> only.isEmpty() || only.contains(l.entry().id())).toList();
        PrintWriter out = spec.commandLine().getOut();
        List<Map<String, Object>> documents = new ArrayList<>();
        boolean clean = true;
        if (!json) {
            out.println(leftovers.isEmpty() ? "No leftovers: nothing an earlier Progeny launched is alive."
                    : leftovers.size() + (leftovers.size() == 1 ? " launch" : " launches") + " left by an earlier Progeny:");
        }
        for (Leftover left : leftovers) {
            Map<String, Object> doc = describe(left);
            if (!json) {
                print(out, left);
            }
            if (end) {
                TerminationReport report = end(platform, left);
                if (report.clean()) {
                    left.removeCgroupIfEmpty();
                }
                clean &= report.clean();
                doc.put("ended", report.clean());
                doc.put("survivors", report.survivors().stream().map(s -> ProcessJson.of(s.process())).toList());
                if (!json) {
                    ReportPrinter.print(out, report);
                }
            }
            documents.add(doc);
        }
        if (json) {
            out.println(JSON.writeValueAsString(Map.of("leftovers", documents)));
        }
        out.flush();
        return end ? (clean ? 0 : 1) : (leftovers.isEmpty() ? 0 : 1);
    }

    private TerminationReport end(Platform platform, Leftover left) throws IOException {
        try {
            return platform.terminator().escalate(left.family(), Signal.TERM, grace);
        } catch (SignalRefusedException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static Map<String, Object> describe(Leftover left) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("launch", left.entry().id());
        doc.put("command", left.entry().command());
        doc.put("cgroup", left.entry().cgroup().map(Path::toString).orElse(null));
        doc.put("processes", left.processes().stream().map(ProcessJson::of).toList());
        return doc;
    }

    private static void print(PrintWriter out, Leftover left) {
        out.println("launch " + left.entry().id() + ": " + left.entry().command()
                + left.entry().cgroup().map(c -> "  (cgroup " + c + ")").orElse(""));
        for (ProcessInfo p : left.processes()) {
            out.println("  " + p.pid() + "  " + p.commandLine());
        }
    }
}
