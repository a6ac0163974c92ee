package dev.progeny.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.progeny.probes.Platform;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.diagnose.ProcessDiagnostics;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code progeny snapshot}: the process table as a table, a tree or JSON. */
@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = "Print the process table: pid, parent, group, session, state, command.")
final class SnapshotCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--tree", description = "Indent children under their parents.")
    boolean tree;

    @Option(names = "--json", description = "Print {\"processes\":[...]} instead of a table, each with what it waits for and its container.")
    boolean json;

    @Option(names = "--root", paramLabel = "PID", description = "Only this process and its descendants.")
    String root;

    @Override
    public Integer call() throws IOException {
        Platform platform = Platform.current();
        Snapshot snapshot = platform.processTable().snapshot();
        List<ProcessInfo> processes = root == null ? snapshot.processes() : subtree(snapshot);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ProcessDiagnostics diagnostics = platform.diagnostics();
            out.println(new ObjectMapper().writeValueAsString(ProcessJson.document(processes,
                    diagnostics.waitingFor(processes, snapshot), diagnostics.placements(processes))));
        } else {
            SnapshotTable.print(out, processes, tree);
        }
        out.flush();
        return 0;
    }

    private List<ProcessInfo> subtree(Snapshot snapshot) {
        int pid;
        try {
            pid = Integer.parseInt(root.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--root: '" + root + "' is not a process id");
        }
        List<ProcessInfo> subtree = snapshot.subtree(pid);
        if (subtree.isEmpty()) {
            throw new UsageException("--root: no process " + pid);
        }
        return subtree;
    }
}
