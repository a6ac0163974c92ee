package dev.progeny.app.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * Wall-clock and this thread's CPU time of a benchmark's rounds; negative rounds are the warm-up
 * and not kept. CPU time tells the work apart from waiting for a busy machine. Not thread-safe.
 */
final class Timings {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final long[] wall;
    private final long[] cpu;

    Timings(int rounds) {
        wall = new long[rounds];
        cpu = new long[rounds];
    }

    <T> T time(int round, Callable<T> work) throws Exception {
        long c0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        T result = work.call();
        record(round, System.nanoTime() - t0, THREADS.getCurrentThreadCpuTime() - c0);
        return result;
    }

    /** Times {@code work} and keeps it added to what {@code before} measured in the same round. */
    <T> T add(int round, Timings before, Callable<T> work) throws Exception {
        T result = time(round, work);
        if (round >= 0) {
            wall[round] += before.wall[round];
            cpu[round] += before.cpu[round];
        }
        return result;
    }

    private void record(int round, long wallNanos, long cpuNanos) {
        if (round >= 0) {
            wall[round] = wallNanos;
            cpu[round] = cpuNanos;
        }
    }

    double wallMedian() {
        return median(wall);
    }

    double cpuMedian() {
        return median(cpu);
    }

    double wallMax() {
        return Arrays.stream(wall).max().orElse(0) / 1e6;
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
