package dev.progeny.app.cli;

import dev.progeny.probes.Platform;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code progeny bench limits}: the three limits at work, with figures: a fork loop under a
 * process limit (largest family seen, sampled every 10 ms; whether the limit was reported; how
 * long the usual escalation took to end it), a memory hog under a memory limit (OOM-killed,
 * reported at the first reading after it died) and a busy loop under a CPU share (CPU used over
 * the wall-clock time). Each line says where the limit was held.
 */
@Command(name = "limits", mixinStandardHelpOptions = true,
        description = "Run a fork loop, a memory hog and a busy loop under limits and report what held them.")
final class BenchLimitsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--pids", defaultValue = "100", description = "Process limit of the fork loop (default ${DEFAULT-VALUE}).")
    long pids;

    @Option(names = "--memory", defaultValue = "64M", converter = LimitOptions.Memory.class,
            description = "Memory limit of the hog (default ${DEFAULT-VALUE}).")
    long memory;

    @Option(names = "--cpu", defaultValue = "50%", converter = LimitOptions.Cpu.class,
            description = "CPU share of the busy loop (default ${DEFAULT-VALUE}).")
    long cpu;

    @Option(names = "--seconds", defaultValue = "10", description = "How long the busy loop runs (default ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--python", defaultValue = "/usr/bin/python3", description = "The Python 3 the loops run in.")
    String python;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        LimitScenarios scenarios = new LimitScenarios(Platform.current(), python, out);
        boolean ok = scenarios.forkLoop(pids) & scenarios.memoryHog(memory) & scenarios.busyLoop(cpu, Duration.ofSeconds(seconds));
        out.println(ok ? "all limits held" : "some limit did not hold (see above)");
        return ok ? 0 : 1;
    }
}
