package dev.progeny.app.cli;

import dev.progeny.app.gui.bench.UiBench;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code progeny bench ui}: starts N idle processes of its own, opens the real window in the
 * whole-system view and prints the window's speed figures, then ends exactly those processes.
 */
@Command(name = "ui", mixinStandardHelpOptions = true,
        description = {"Measure the window with N extra processes on the system (needs a display, e.g. xvfb-run).",
            "Prints FX-thread time per refresh, the longest FX stall, CPU use, peak RSS and time to first paint."})
final class BenchUiCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--processes", defaultValue = "2000", description = "Idle processes to start first (default ${DEFAULT-VALUE}).")
    int processes;

    @Option(names = "--seconds", defaultValue = "30", description = "Seconds to measure CPU and memory, then as many for FX stalls (default ${DEFAULT-VALUE}).")
    int seconds;

    /** Code that runs once a second reaches the JIT's thresholds only after a minute or so. */
    @Option(names = "--warmup", defaultValue = "60", description = "Seconds to run before measuring, after the first paint (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--view", defaultValue = "system",
            description = "system (every process) or launches (the default view, watching one launched command); default ${DEFAULT-VALUE}.")
    String view;

    @Option(names = "--interval-ms", defaultValue = "1000", description = "Refresh interval (default ${DEFAULT-VALUE}).")
    int intervalMillis;

    @Override
    public Integer call() throws Exception {
        if (processes < 0 || seconds < 1 || warmup < 0 || intervalMillis < 100) {
            throw new UsageException("--processes and --warmup must be at least 0, --seconds at least 1, --interval-ms at least 100");
        }
        UiBench.View shown = switch (view) {
            case "system" -> UiBench.View.SYSTEM;
            case "launches" -> UiBench.View.LAUNCHES;
            default -> throw new UsageException("--view: " + view + " is neither system nor launches");
        };
        PrintWriter out = spec.commandLine().getOut();
        UiBench.Result r;
        try (BenchSleepers ignored = processes == 0 ? null : BenchSleepers.start(processes)) {
            r = new UiBench().run(shown, Duration.ofSeconds(warmup), Duration.ofSeconds(seconds), Duration.ofMillis(intervalMillis));
        }
        out.printf(Locale.ROOT, "view=%s processes=%d rows=%d refreshes=%d interval_ms=%d%n", view, r.processes(), r.rows(),
                r.ticks(), intervalMillis);
        out.printf(Locale.ROOT, "fx_ms_per_refresh median=%.2f p95=%.2f max=%.2f first=%.2f fx_cpu_ms_median=%.2f background_ms_median=%.1f%n",
                r.fxMedian(), r.fxP95(), r.fxMax(), r.firstFx(), r.fxCpuMedian(), r.backgroundMedian());
        out.printf(Locale.ROOT, "fx_stall_max_ms=%.1f cpu_percent_of_one_core=%.1f rss_mb_max=%.0f%n",
                r.stallMax(), r.cpuPercentOfOneCore(), r.rssMbMax());
        out.printf(Locale.ROOT, "first_paint_ms from_fx_start=%.0f from_jvm_start=%.0f process_cpu_ms_until_then=%.0f load_average=%.1f%n",
                r.fxStartToFirstPaint(), r.jvmStartToFirstPaint(), r.cpuToFirstPaint(), r.loadAverage());
        out.flush();
        return 0;
    }
}
