package dev.progeny.app.cli;

import dev.progeny.app.gui.bench.TimelineBench;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code progeny bench timeline}: the Timeline tab over a launch of N processes, panned and
 * zoomed; prints the FX-thread time per frame (issue 13's budget: 16 ms for 10,000 processes).
 */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"Measure the Timeline tab panning and zooming a launch of N processes (needs a display,"
            + " e.g. xvfb-run). The launch is a recorded history; no process is started."})
final class BenchTimelineCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--processes", defaultValue = "10000", description = "Processes in the launch (default ${DEFAULT-VALUE}).")
    int processes;

    @Option(names = "--frames", defaultValue = "400", description = "Pan and zoom steps to time (default ${DEFAULT-VALUE}).")
    int frames;

    @Option(names = "--warmup", defaultValue = "400", description = "Untimed steps first, for the JIT (default ${DEFAULT-VALUE}).")
    int warmup;

    @Override
    public Integer call() throws Exception {
        if (processes < 1 || frames < 1 || warmup < 0) {
            throw new UsageException("--processes and --frames must be at least 1, --warmup at least 0");
        }
        TimelineBench.Result r = new TimelineBench().run(processes, warmup, frames);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "bars=%d build_ms=%.1f frames=%d%n", r.bars(), r.buildMillis(), r.frames());
        out.printf(Locale.ROOT, "fx_ms_per_frame median=%.3f p95=%.3f max=%.3f (budget 16)%n", r.fxMedian(), r.fxP95(),
                r.fxMax());
        out.flush();
        return 0;
    }
}
