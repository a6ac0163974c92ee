package dev.progeny.app.cli;

import dev.progeny.probes.Platform;
import dev.progeny.probes.events.EventSource;
import dev.progeny.probes.events.ProcessEvent;
import dev.progeny.probes.launch.ExitStatus;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code progeny bench trace}: wall time of a launch recorded by ptrace against the same launch
 * untraced, and against {@code strace -f -e trace=process -o /dev/null} launched the same way;
 * and whether every process was recorded with the right exit status; wall time and CPU time.
 * Rounds rotate which way goes first; a small uncounted run of each way comes before them. Linux.
 */
@Command(name = "trace", mixinStandardHelpOptions = true,
        description = "Time launches recorded by ptrace against untraced ones and strace; check every process was recorded.")
final class BenchTraceCommand implements Callable<Integer> {
    private static final Path STRACE = Path.of("/usr/bin/strace");
    /** Processes of the uncounted first run each way (class loading, the tracer's first start). */
    private static final int WARMUP = 50;

    @Spec
    CommandSpec spec;

    @Option(names = "--processes", defaultValue = "10000", description = "Sequential /bin/true runs (default ${DEFAULT-VALUE}).")
    int processes;

    @Option(names = "--shells", defaultValue = "200", description = "Parallel shells of the burst (default ${DEFAULT-VALUE}).")
    int shells;

    @Option(names = "--per-shell", defaultValue = "50", description = "Processes each burst shell runs (default ${DEFAULT-VALUE}).")
    int perShell;

    @Option(names = "--rounds", defaultValue = "3", description = "Runs of each workload each way (default ${DEFAULT-VALUE}).")
    int rounds;

    @Override
    public Integer call() throws Exception {
        if (processes < 1 || shells < 1 || perShell < 1 || rounds < 1) {
            throw new UsageException("--processes, --shells, --per-shell and --rounds must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        for (Way way : ways()) {
            run(BenchTraceWorkload.sequential(WARMUP), way, new Tally());
        }
        boolean complete = true;
        for (BenchTraceWorkload w : List.of(BenchTraceWorkload.sequential(processes), BenchTraceWorkload.burst(shells, perShell))) {
            complete &= measure(w, out);
        }
        return complete ? 0 : 1;
    }

    private boolean measure(BenchTraceWorkload w, PrintWriter out) throws Exception {
        List<Way> ways = ways();
        long[][] nanos = new long[Way.values().length][rounds];
        long[][] cpu = new long[Way.values().length][rounds];
        boolean complete = true;
        for (int round = 0; round < rounds; round++) {
            StringBuilder line = new StringBuilder("workload=" + w.name() + " round=" + (round + 1));
            for (int turn = 0; turn < ways.size(); turn++) {
                Way way = ways.get((round + turn) % ways.size());
                Tally tally = new Tally();
                long cpuBefore = cpuMillis();
                nanos[way.ordinal()][round] = run(w, way, tally);
                cpu[way.ordinal()][round] = cpuMillis() - cpuBefore;
                line.append(String.format(" %s_ms=%.0f %s_cpu_ms=%d", way.label, nanos[way.ordinal()][round] / 1e6,
                        way.label, cpu[way.ordinal()][round]));
                if (way == Way.TRACED) {
                    complete &= tally.matches(w.expected());
                    line.append(" captured=").append(tally.exits()).append('/').append(w.processes())
                            .append(" statuses_ok=").append(tally.matches(w.expected()));
                }
            }
            out.println(line);
            out.flush();
        }
        double untraced = BenchTeardownCommand.median(nanos[Way.UNTRACED.ordinal()]);
        double traced = BenchTeardownCommand.median(nanos[Way.TRACED.ordinal()]);
        double untracedCpu = BenchTeardownCommand.median(cpu[Way.UNTRACED.ordinal()]);
        double tracedCpu = BenchTeardownCommand.median(cpu[Way.TRACED.ordinal()]);
        out.printf("workload=%s processes=%d untraced_median_ms=%.0f traced_median_ms=%.0f ratio=%.2f"
                + " untraced_cpu_ms=%.0f traced_cpu_ms=%.0f cpu_ratio=%.2f", w.name(), w.processes(),
                untraced / 1e6, traced / 1e6, traced / untraced, untracedCpu, tracedCpu, tracedCpu / untracedCpu);
        if (ways.contains(Way.STRACE)) {
            double strace = BenchTeardownCommand.median(nanos[Way.STRACE.ordinal()]);
            double straceCpu = BenchTeardownCommand.median(cpu[Way.STRACE.ordinal()]);
            out.printf(" strace_median_ms=%.0f strace_ratio=%.2f strace_cpu_ms=%.0f strace_cpu_ratio=%.2f",
                    strace / 1e6, strace / untraced, straceCpu, straceCpu / untracedCpu);
        }
        out.println(" complete=" + complete);
        out.flush();
        return complete;
    }

    /**
     * CPU time of this JVM (the tracer thread included) and of its reaped children, each of which
     * carries its own reaped descendants': {@code /proc/self/stat} fields 14-17 (utime, stime,
     * cutime, cstime), in USER_HZ ticks, 100 a second on Linux. Less at the mercy of other load on
     * the machine than wall time.
     */
    private static long cpuMillis() throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // f[0] is field 3, so fields 14-17 are f[11]-f[14].
        return 10 * (Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]));
    }

    /** Untraced and traced, and strace where it is installed. */
    private static List<Way> ways() {
        List<Way> ways = new ArrayList<>(List.of(Way.UNTRACED, Way.TRACED));
        if (Files.isExecutable(STRACE)) {
            ways.add(Way.STRACE);
        }
        return ways;
    }

    private enum Way {
        UNTRACED("untraced"), TRACED("traced"), STRACE("strace");

        final String label;

        Way(String label) {
            this.label = label;
        }
    }

    /** Nanoseconds from launch to the root's exit status, the whole family gone by then. */
    private static long run(BenchTraceWorkload w, Way way, Tally tally) throws Exception {
        List<String> prefix = way == Way.STRACE
                ? List.of(STRACE.toString(), "-f", "-e", "trace=process", "-o", "/dev/null") : List.of();
        LaunchSpec launchSpec = LaunchSpec.of(w.argv(prefix)).traced(way == Way.TRACED);
        long t0 = System.nanoTime();
        try (Launch launch = Platform.current().launcher().launch(launchSpec)) {
            if (way == Way.TRACED) {
                EventSource source = launch.events().orElseThrow();
                source.unavailable().ifPresent(why -> {
                    throw new IllegalStateException(source.name() + " is unavailable here: " + why);
                });
                source.start(tally);
            }
            ExitStatus status = launch.waitFor();
            long elapsed = System.nanoTime() - t0;
            if (!status.equals(new ExitStatus.Exited(0))) {
                throw new IllegalStateException(w.name() + " " + way.label + " ended " + status);
            }
            return elapsed;
        }
    }

    /** Exit statuses of the recorded processes, counted on the tracer thread. */
    private static final class Tally implements Consumer<ProcessEvent> {
        private final Map<ExitStatus, AtomicInteger> exits = new ConcurrentHashMap<>();

        @Override
        public void accept(ProcessEvent event) {
            if (event instanceof ProcessEvent.Exit e && e.status().isPresent()) {
                exits.computeIfAbsent(e.status().get(), s -> new AtomicInteger()).incrementAndGet();
            }
        }

        int exits() {
            return exits.values().stream().mapToInt(AtomicInteger::get).sum();
        }

        boolean matches(Map<ExitStatus, Integer> expected) {
            return exits.size() == expected.size()
                    && expected.entrySet().stream().allMatch(e -> exits.containsKey(e.getKey())
                    && exits.get(e.getKey()).get() == e.getValue());
        }
    }
}
