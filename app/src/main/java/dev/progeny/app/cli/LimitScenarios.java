package dev.progeny.app.cli;

import dev.progeny.probes.Platform;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.launch.ExitStatus;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchException;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.limits.AppliedLimits;
import dev.progeny.probes.limits.LimitEvent;
import dev.progeny.probes.limits.LimitKind;
import dev.progeny.probes.limits.Limits;
import dev.progeny.probes.terminate.SignalRefusedException;
import dev.progeny.probes.terminate.TerminationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The three scenarios of {@code bench limits}, each on a real launch that it ends (the usual
 * escalation) and reaps before returning. Prints one line of figures per scenario. Linux, or any
 * OS where the limits are held. Not thread-safe.
 */
final class LimitScenarios {
    /** Forks children that sleep, retrying refused forks every millisecond; at most 300 children even unlimited. */
    static final String FORK_LOOP = String.join("\n", "import os, time", "end = time.time() + 60", "n = 0",
            "while time.time() < end and n < 300:", "    try:", "        if os.fork() == 0:",
            "            time.sleep(60)", "            os._exit(0)", "        n += 1", "    except OSError:",
            "        time.sleep(0.001)", "time.sleep(60)");
    private static final Duration SAMPLING = Duration.ofSeconds(3);
    private static final Duration SAMPLE_EVERY = Duration.ofMillis(10);
    private static final Duration GRACE = Duration.ofSeconds(5);

    private final Platform platform;
    private final String python;
    private final PrintWriter out;

    LimitScenarios(Platform platform, String python, PrintWriter out) {
        this.platform = platform;
        this.python = python;
        this.out = out;
    }

    /** A fork loop under {@code limit} processes: the largest family sampled, the report, the escalation's time. */
    boolean forkLoop(long limit) throws Exception {
        Launch launch = launch(Limits.NONE.with(LimitKind.PROCESSES, limit), python, "-c", FORK_LOOP);
        try (launch) {
            Optional<Path> cgroup = BenchCgroups.of(launch, LimitKind.PROCESSES);
            long largest = 0;
            int samples = 0;
            long start = System.nanoTime();
            long end = start + SAMPLING.toNanos();
            // Until the loop has pressed against the limit for a while (a busy machine forks slowly), at most a minute.
            while (cgroup.isPresent() && System.nanoTime() < end) {
                long next = System.nanoTime() + SAMPLE_EVERY.toNanos();
                // The kernel's own count of the launch's tasks, zombies included: never below its processes.
                long current = BenchCgroups.pidsCurrent(cgroup.get());
                if (current < limit - 1 && largest < limit - 1) {
                    end = Math.min(start + Duration.ofMinutes(1).toNanos(), System.nanoTime() + SAMPLING.toNanos());
                }
                largest = Math.max(largest, current);
                samples++;
                Thread.sleep(Math.max(0, (next - System.nanoTime()) / 1_000_000));
            }
            Optional<LimitEvent> refused = launch.limits().poll().stream()
                    .filter(e -> e instanceof LimitEvent.ForkRefused).findFirst();
            TerminationReport report = escalate(launch);
            long ended = report.elapsed().toMillis();
            boolean ok = cgroup.isPresent() && largest <= limit && refused.isPresent() && ended <= 1000;
            out.printf("pids: limit=%d largest_pids_current=%d samples=%d reported=\"%s\" escalation_ms=%d (%s)"
                            + " stages=%s held_by=\"%s\" %s%n", limit, largest, samples,
                    refused.map(LimitEvent::message).orElse("nothing"), ended, phases(report), report.stages(),
                    heldBy(launch, LimitKind.PROCESSES), ok ? "ok" : "FAILED");
            return ok;
        }
    }

    /** A 1 GiB allocation under {@code limit} bytes: how it ended and what the first reading after said. */
    boolean memoryHog(long limit) throws Exception {
        long start = System.nanoTime();
        Launch launch = launch(Limits.NONE.with(LimitKind.MEMORY, limit), python, "-c", "b = bytearray(1 << 30)");
        try (launch) {
            Optional<ExitStatus> status = launch.waitFor(Duration.ofSeconds(60));
            long died = (System.nanoTime() - start) / 1_000_000;
            Optional<LimitEvent> reported = launch.limits().poll().stream()
                    .filter(e -> e instanceof LimitEvent.OomKilled k && k.victims().stream().anyMatch(v -> v.pid() == launch.pid()))
                    .findFirst();
            long ended = escalate(launch).elapsed().toMillis();
            boolean ok = status.filter(s -> s.shellCode() == 137).isPresent() && reported.isPresent();
            out.printf("memory: limit=%s exit=%s after_ms=%d first_reading=\"%s\" held_by=\"%s\" cleanup_ms=%d %s%n",
                    LimitKind.MEMORY.format(limit), status.map(ExitStatus::toString).orElse("still running"), died,
                    reported.map(LimitEvent::message).orElse("nothing"), heldBy(launch, LimitKind.MEMORY), ended, ok ? "ok" : "FAILED");
            return ok;
        }
    }

    /** A busy loop under {@code percent} % of a core for {@code span}: the CPU it used, in percent of one core. */
    boolean busyLoop(long percent, Duration span) throws Exception {
        Launch launch = launch(Limits.NONE.with(LimitKind.CPU, percent), "/bin/sh", "-c", "while :; do :; done");
        try (launch) {
            Optional<Path> cgroup = BenchCgroups.of(launch, LimitKind.CPU);
            String favoured = BenchCgroups.favour(cgroup);
            Thread.sleep(200);
            Map<String, Long> stat0 = BenchCgroups.cpuStat(cgroup);
            long cpu0 = cpuNanos(launch);
            long t0 = System.nanoTime();
            Thread.sleep(span.toMillis());
            double used = 100.0 * (cpuNanos(launch) - cpu0) / (System.nanoTime() - t0);
            Map<String, Long> stat1 = BenchCgroups.cpuStat(cgroup);
            escalate(launch);
            boolean ok = Math.abs(used - percent) <= 5;
            // Throttled periods show the quota binding even when other load keeps the loop below it.
            out.printf("cpu: limit=%d%% used=%.1f%% of one core over %ds throttled_periods=%d/%d load=%s %s held_by=\"%s\" %s%n",
                    percent, used, span.toSeconds(), BenchCgroups.delta(stat0, stat1, "nr_throttled"), BenchCgroups.delta(stat0, stat1, "nr_periods"),
                    Files.readString(Path.of("/proc/loadavg")).split(" ")[0], favoured, heldBy(launch, LimitKind.CPU),
                    ok ? "ok" : "FAILED");
            return ok;
        }
    }

    private Launch launch(Limits limits, String... argv) throws LaunchException {
        return platform.launcher().launch(LaunchSpec.of(argv).withLimits(limits));
    }

    private long cpuNanos(Launch launch) throws IOException {
        return platform.processTable().snapshot().process(launch.pid()).map(ProcessInfo::cpuNanos).orElse(0L);
    }

    /** Ends the launch's family with the usual escalation and reaps what Progeny adopted. */
    private TerminationReport escalate(Launch launch) throws IOException, SignalRefusedException, InterruptedException {
        TerminationReport report = platform.terminator().escalate(launch.family(), GRACE);
        launch.waitFor();
        new FamilyEnding(platform, launch, new PrintWriter(Writer.nullWriter())).reapAdopted();
        return report;
    }

    /** Where an escalation's time went: the first reading, sending the signals, waiting for the exits. */
    private static String phases(TerminationReport r) {
        if (r.deliveries().isEmpty()) {
            return "nothing to signal";
        }
        Instant first = r.deliveries().getFirst().at();
        Instant last = r.deliveries().getLast().at();
        return "reading_ms=" + Duration.between(r.started(), first).toMillis() + " signalling_ms="
                + Duration.between(first, last).toMillis() + " waiting_ms=" + Duration.between(last, r.finished()).toMillis();
    }



    private static String heldBy(Launch launch, LimitKind kind) {
        AppliedLimits applied = launch.limits().applied();
        return Optional.ofNullable(applied.holds().get(kind)).map(h -> h.describe()).orElse("not asked");
    }
}
