package dev.progeny.app.cli;

import dev.progeny.probes.Platform;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessTable;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.diagnose.ProcessDiagnostics;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code progeny bench why}: with the machine topped up to N processes (idle sleepers), a launch
 * of one {@code yes | sleep} and a launch of M/2 more, times, after a warm-up: {@code why} on the
 * first {@code yes}, blocked on its full pipe (snapshot plus explanation, as the command does),
 * the pipe map of the big launch, and the Waiting-for column for R of its rows against the
 * snapshot a refresh takes.
 */
@Command(name = "why", mixinStandardHelpOptions = true,
        description = "Time progeny why, a launch's pipe map and the Waiting-for column with N processes on the machine.")
final class BenchWhyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--processes", defaultValue = "2000", description = "Processes on the machine, sleepers added to reach it (default ${DEFAULT-VALUE}).")
    int processes;

    @Option(names = "--members", defaultValue = "200", description = "Members of the pipeline launch (default ${DEFAULT-VALUE}).")
    int members;

    @Option(names = "--rows", defaultValue = "40", description = "Visible rows whose Waiting for is read (default ${DEFAULT-VALUE}).")
    int rows;

    @Option(names = "--rounds", defaultValue = "50", description = "Timed rounds of each (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup", defaultValue = "20", description = "Rounds run first and not timed (default ${DEFAULT-VALUE}).")
    int warmup;

    @Override
    public Integer call() throws Exception {
        if (processes < 0 || members < 2 || rows < 1 || rounds < 1 || warmup < 0) {
            throw new UsageException("--members must be at least 2, --rows and --rounds at least 1, the rest at least 0");
        }
        ProcessTable table = Platform.current().processTable();
        ProcessDiagnostics diagnostics = Platform.current().diagnostics();
        int missing = Math.max(0, processes - table.snapshot().size() - members - 4);
        try (BenchSleepers sleepers = BenchSleepers.start(missing); PipelineLaunch one = PipelineLaunch.start(1);
             PipelineLaunch launch = PipelineLaunch.start(members / 2)) {
            ProcessInfo yes = one.awaitBlocked(diagnostics).stream().filter(p -> p.name().equals("yes")).findFirst().orElseThrow();
            List<ProcessInfo> tree = launch.awaitBlocked(diagnostics);
            Snapshot snapshot = table.snapshot();
            List<ProcessInfo> visible = tree.subList(0, Math.min(rows, tree.size()));
            Timings why = new Timings(rounds);
            Timings pipes = new Timings(rounds);
            Timings column = new Timings(rounds);
            Timings refresh = new Timings(rounds);
            for (int i = -warmup; i < rounds; i++) {
                Snapshot s = refresh.time(i, table::snapshot);
                why.add(i, refresh, () -> diagnostics.explain(yes.key(), s).orElseThrow());
                pipes.time(i, () -> diagnostics.pipes(tree));
                column.time(i, () -> diagnostics.waitingFor(visible, s));
            }
            PrintWriter out = spec.commandLine().getOut();
            out.printf("processes=%d rounds=%d why_median_ms=%.2f why_cpu_median_ms=%.2f why_max_ms=%.2f%n",
                    snapshot.size(), rounds, why.wallMedian(), why.cpuMedian(), why.wallMax());
            out.printf("pipe_map_members=%d pipes=%d pipe_map_median_ms=%.2f pipe_map_cpu_median_ms=%.2f pipe_map_max_ms=%.2f%n",
                    tree.size(), diagnostics.pipes(tree).pipes().size(), pipes.wallMedian(), pipes.cpuMedian(), pipes.wallMax());
            out.printf("rows=%d column_median_ms=%.2f refresh_snapshot_median_ms=%.2f column_over_refresh=%.2f"
                    + " (cpu: %.2f / %.2f = %.2f)%n", visible.size(), column.wallMedian(), refresh.wallMedian(),
                    column.wallMedian() / refresh.wallMedian(), column.cpuMedian(), refresh.cpuMedian(),
                    column.cpuMedian() / refresh.cpuMedian());
            out.flush();
        }
        return 0;
    }
}
