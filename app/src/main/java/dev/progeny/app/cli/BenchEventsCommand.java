package dev.progeny.app.cli;

import dev.progeny.probes.Platform;
import dev.progeny.probes.events.LaunchHistory;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchSpec;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code progeny bench events}: runs each {@link EventWorkload} as a launch, untraced, recorded by
 * the platform's best event source, and under {@code strace -f -e trace=process} when installed,
 * in rotating order; prints what the recording captured against what the workload makes (count
 * and exit statuses) and the wall time of each way. Then the heap of a history of N processes.
 */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Capture and overhead of the process event source on two workloads; heap of a large history.")
final class BenchEventsCommand implements Callable<Integer> {
    private static final Path STRACE = Path.of("/usr/bin/strace");

    @Spec
    CommandSpec spec;

    @Option(names = "--rounds", defaultValue = "3", description = "Runs of each workload each way (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--heap-processes", defaultValue = "100000",
            description = "Processes in the history whose heap is measured, 0 to skip (default ${DEFAULT-VALUE}).")
    int heapProcesses;

    @Override
    public Integer call() throws Exception {
        if (rounds < 1 || heapProcesses < 0) {
            throw new UsageException("--rounds must be at least 1 and --heap-processes at least 0");
        }
        PrintWriter out = spec.commandLine().getOut();
        Platform platform = Platform.current();
        boolean strace = Files.isExecutable(STRACE);
        for (EventWorkload w : EventWorkload.ALL) {
            long[][] nanos = new long[3][rounds];
            for (int round = 0; round < rounds; round++) {
                for (int turn = 0; turn < 3; turn++) {
                    int way = (round + turn) % 3;
                    nanos[way][round] = switch (way) {
                        case 0 -> untraced(platform, w.argv());
                        case 1 -> recorded(platform, w, out);
                        default -> strace ? untraced(platform, straced(w)) : 0;
                    };
                }
            }
            double plain = median(nanos[0]);
            out.printf("workload=%s untraced_median_ms=%.0f traced_median_ms=%.0f overhead=%.3fx%n", w.name(),
                    plain / 1e6, median(nanos[1]) / 1e6, median(nanos[1]) / plain);
            if (strace) {
                out.printf("workload=%s strace_median_ms=%.0f strace_overhead=%.3fx%n", w.name(),
                        median(nanos[2]) / 1e6, median(nanos[2]) / plain);
            } else {
                out.printf("workload=%s strace=not installed%n", w.name());
            }
            out.flush();
        }
        if (heapProcesses > 0) {
            out.printf("history_processes=%d history_heap_mb=%.1f%n", heapProcesses,
                    HistoryHeap.measure(heapProcesses) / 1e6);
        }
        out.flush();
        return 0;
    }

    /** Wall time from the launch to the end of {@code argv}, nothing recording. */
    private static long untraced(Platform platform, List<String> argv) throws Exception {
        long t0 = System.nanoTime();
        try (Launch launch = platform.launcher().launch(LaunchSpec.of(argv))) {
            launch.waitFor();
            return System.nanoTime() - t0;
        }
    }

    /** Wall time of the workload while the best source records it; prints what was captured. */
    private static long recorded(Platform platform, EventWorkload w, PrintWriter out) throws Exception {
        try (RunRecording recording = RunRecording.start(true, platform, null)) {
            long t0 = System.nanoTime();
            long nanos;
            LaunchHistory captured;
            try (Launch launch = platform.launcher().launch(recording.recordable(LaunchSpec.of(w.argv())))) {
                recording.launched(launch);
                launch.waitFor();
                nanos = System.nanoTime() - t0;
                recording.finish(launch, null, false);
                captured = recording.history().view().launch(launch.id());
            }
            out.printf("workload=%s source=%s captured=%d/%d right_status=%d/%d true_named=%d/%d lost=%d ms=%.0f%n",
                    w.name(), recording.describe().orElse("none"), captured.started(), w.processes(),
                    w.rightlyEnded(captured), w.processes(), w.trueNamed(captured), w.trues(),
                    recording.history().view().losses().times(), nanos / 1e6);
            out.flush();
            return nanos;
        }
    }

    private static List<String> straced(EventWorkload w) {
        List<String> argv = new ArrayList<>(List.of(STRACE.toString(), "-f", "-e", "trace=process", "-o", "/dev/null"));
        argv.addAll(w.argv());
        return argv;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }
}
