package dev.progeny.app.cli;

import dev.progeny.app.gui.bench.LaunchesBench;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code progeny bench launches}: launches a command N times in a row through the real window
 * and prints what the window holds afterwards (threads, resident memory), before and after Clear
 * ended.
 */
@Command(name = "launches", mixinStandardHelpOptions = true,
        description = {"Launch a command N times in a row through the window's launch bar (needs a display, e.g. xvfb-run).",
            "Prints live threads and resident memory at the start, after every launch ended, and after Clear ended."})
final class BenchLaunchesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--count", defaultValue = "500", description = "Launches measured (default ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--warmup", defaultValue = "20", description = "Launches first, then cleared, not measured (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--settle", defaultValue = "61", description = "Seconds to wait after Clear ended before the last reading: idle workers leave the pool after 60 (default ${DEFAULT-VALUE}).")
    int settleSeconds;

    @Option(names = "--command", defaultValue = "true", description = "The command typed into the Run field (default ${DEFAULT-VALUE}).")
    String command;

    @Override
    public Integer call() throws Exception {
        if (count < 1 || warmup < 0 || settleSeconds < 0 || command.isBlank()) {
            throw new UsageException("--count must be at least 1, --warmup and --settle at least 0, and --command not empty");
        }
        LaunchesBench.Result r = new LaunchesBench().run(command, warmup, count, Duration.ofSeconds(settleSeconds));
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "launches=%d command=%s launches_per_second=%.1f%n", r.launches(), command, r.launchesPerSecond());
        print(out, "start", r.start());
        print(out, "after_all", r.afterAll());
        print(out, "after_clear", r.afterClear());
        out.printf(Locale.ROOT, "after_clear - start: threads %+d rss_mb %+.1f heap_used_mb %+.1f%n",
                r.afterClear().threads() - r.start().threads(), r.afterClear().rssMb() - r.start().rssMb(),
                r.afterClear().heapMb() - r.start().heapMb());
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, String when, LaunchesBench.Reading r) {
        out.printf(Locale.ROOT, "%s threads=%d rss_mb=%.1f heap_used_mb=%.1f listed=%d%n", when, r.threads(), r.rssMb(),
                r.heapMb(), r.listed());
    }
}
