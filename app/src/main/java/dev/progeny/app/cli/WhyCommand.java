package dev.progeny.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.progeny.probes.Platform;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.diagnose.Diagnosis;
import dev.progeny.probes.diagnose.DiagnosisWords;
import dev.progeny.probes.diagnose.WhyReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code progeny why PID}: what the process waits for, its pipes and connected sockets and who is
 * on their other ends,
 * inherited descriptors, zombies, namespace, container and limits; then the processes that
 * explain it (its pipe's reader or writer, the child it waits for, its parent). Exit 0, or 2
 * for a pid that names no process.
 */
@Command(name = "why", mixinStandardHelpOptions = true,
        description = "Say why a process is stuck: what it waits for, and the processes that explain it.")
final class WhyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PID", description = "The process to explain.")
    String pid;

    @Option(names = "--json", description = "Print one JSON object (fields in the README) instead of text.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        int id = parsePid();
        Platform platform = Platform.current();
        Snapshot snapshot = platform.processTable().snapshot();
        ProcessInfo p = snapshot.process(id).orElseThrow(() -> new UsageException("no process " + id));
        WhyReport report = platform.diagnostics().explain(p.key(), snapshot)
                .orElseThrow(() -> new UsageException("process " + id + " ended while it was read"));
        PrintWriter out = spec.commandLine().getOut();
        int self = (int) ProcessHandle.current().pid();
        Map<Integer, DiagnosisWords.Holder> holders = holders(report, snapshot);
        if (json) {
            out.println(json(report, d -> DiagnosisWords.pipes(d, holders::get, self),
                    d -> DiagnosisWords.sockets(d, holders::get, self)));
        } else {
            WhyText.print(out, report, DiagnosisWords.pipes(report.target(), holders::get, self),
                    DiagnosisWords.sockets(report.target(), holders::get, self));
        }
        out.flush();
        return 0;
    }

    private int parsePid() {
        try {
            return Integer.parseInt(pid.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("'" + pid + "' is not a process id");
        }
    }

    /** Every process the report mentions, with what it waits for where that was read. */
    private static Map<Integer, DiagnosisWords.Holder> holders(WhyReport report, Snapshot snapshot) {
        Map<Integer, DiagnosisWords.Holder> out = new HashMap<>();
        snapshot.processes().forEach(p -> out.put(p.pid(), new DiagnosisWords.Holder(p, Optional.ofNullable(report.pipeEnds().get(p.pid())))));
        for (Diagnosis d : all(report)) {
            out.put(d.pid(), new DiagnosisWords.Holder(d.facts().process(), Optional.of(d.waitingFor())));
        }
        return out;
    }

    private static List<Diagnosis> all(WhyReport report) {
        return Stream.concat(Stream.of(report.target()),
                report.related().stream().map(WhyReport.Related::diagnosis)).toList();
    }

    private static String json(WhyReport report, Function<Diagnosis, List<String>> pipes,
                               Function<Diagnosis, List<String>> sockets) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.valueToTree(WhyJson.of(report.target(), null, pipes.apply(report.target()),
                sockets.apply(report.target())));
        root.remove("role");
        ArrayNode related = root.putArray("related");
        for (WhyReport.Related r : report.related()) {
            related.add(mapper.valueToTree(WhyJson.of(r.diagnosis(), r.role().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    pipes.apply(r.diagnosis()), sockets.apply(r.diagnosis()))));
        }
        return mapper.writeValueAsString(root);
    }
}
