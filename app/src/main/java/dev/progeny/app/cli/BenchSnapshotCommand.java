package dev.progeny.app.cli;

import com.sun.management.ThreadMXBean;
import dev.progeny.probes.ProcessTable;
import dev.progeny.probes.Platform;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code progeny bench snapshot}: N full snapshots in one JVM after a warm-up, reporting the
 * median and minimum time and the bytes allocated per snapshot and per process.
 */
@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = "Time full process-table snapshots (steady state, after warm-up).")
final class BenchSnapshotCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--rounds", defaultValue = "50", description = "Snapshots to time (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup", defaultValue = "20", description = "Snapshots taken first and not timed (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--vs-ps", description = "Then time as many `ps -eo pid,ppid,pgid,sid,stat,comm` runs, back to back, and print the ratio of the medians.")
    boolean versusPs;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (rounds < 1 || warmup < 0) {
            throw new UsageException("--rounds must be at least 1 and --warmup at least 0");
        }
        ProcessTable table = Platform.current().processTable();
        for (int i = 0; i < warmup; i++) {
            table.snapshot();
        }
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] micros = new long[rounds];
        long[] psMicros = new long[rounds];
        long allocated = 0;
        int processes = 0;
        for (int i = 0; i < rounds; i++) {
            long bytesBefore = threads.getCurrentThreadAllocatedBytes();
            long t0 = System.nanoTime();
            processes = table.snapshot().size();
            micros[i] = (System.nanoTime() - t0) / 1000;
            allocated += threads.getCurrentThreadAllocatedBytes() - bytesBefore;

        }
        if (versusPs) {
            // Back to back, like the snapshots: interleaving them would leave each snapshot
            // to run on caches ps has just evicted, which measures ps twice.
            for (int i = 0; i < rounds; i++) {
                psMicros[i] = timePs();
            }
        }
        Arrays.sort(micros);
        long perSnapshot = allocated / rounds;
        PrintWriter out = spec.commandLine().getOut();
        out.printf("processes=%d rounds=%d median_us=%d min_us=%d alloc_bytes_per_snapshot=%d alloc_bytes_per_process=%d%n",
                processes, rounds, micros[rounds / 2], micros[0], perSnapshot, processes == 0 ? 0 : perSnapshot / processes);
        if (versusPs) {
            Arrays.sort(psMicros);
            out.printf("ps_median_us=%d ps_min_us=%d ps_over_snapshot=%.1f%n",
                    psMicros[rounds / 2], psMicros[0], (double) psMicros[rounds / 2] / Math.max(1, micros[rounds / 2]));
        }
        out.flush();
        return 0;
    }

    /** Wall time of one whole ps run, start to exit, its output read and discarded. */
    private static long timePs() throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process ps = new ProcessBuilder("ps", "-eo", "pid,ppid,pgid,sid,stat,comm")
                .redirectErrorStream(true).start();
        ps.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        ps.waitFor();
        return (System.nanoTime() - t0) / 1000;
    }
}
