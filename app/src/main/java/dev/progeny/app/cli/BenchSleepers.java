package dev.progeny.app.cli;

import dev.progeny.probes.Platform;
import dev.progeny.probes.Signal;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.terminate.GroupFamily;
import dev.progeny.probes.terminate.SignalRefusedException;
import dev.progeny.probes.terminate.TerminationReport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/**
 * N idle processes for a benchmark: one shell in a session of its own forks N {@code sleep}s,
 * all tagged with {@code PROGENY_LAUNCH}; {@link #close()} kills that one process group (never
 * anything else) through the platform's terminator and waits until it is empty. Linux, FreeBSD,
 * macOS. Not thread-safe.
 */
final class BenchSleepers implements AutoCloseable {
    private static final Duration GONE_WITHIN = Duration.ofMinutes(1);
    private final Process shell;
    private final int pgid;
    private final Thread onExit = new Thread(this::kill, "progeny-bench-cleanup");

    private BenchSleepers(Process shell) {
        this.shell = shell;
        this.pgid = (int) shell.pid();
        Runtime.getRuntime().addShutdownHook(onExit);
    }

    /** Starts {@code count} sleepers and returns once all of them run. */
    static BenchSleepers start(int count) throws IOException {
        String script = "i=0; while [ $i -lt " + count + " ]; do sleep 3600 & i=$((i+1)); done; echo ready; wait";
        // setsid(1) execs straight away here (our child is no group leader): its pid leads the new group.
        ProcessBuilder pb = new ProcessBuilder("setsid", "sh", "-c", script);
        pb.environment().put(LaunchSpec.LAUNCH_TAG, "bench-" + UUID.randomUUID());
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        BenchSleepers sleepers = new BenchSleepers(pb.start());
        try (BufferedReader out = new BufferedReader(new InputStreamReader(sleepers.shell.getInputStream(), StandardCharsets.UTF_8))) {
            if (!"ready".equals(out.readLine())) {
                sleepers.close();
                throw new IOException("the sleeper shell ended early (too many processes for ulimit -u or pid_max?)");
            }
        }
        return sleepers;
    }

    @Override
    public void close() {
        kill();
        Runtime.getRuntime().removeShutdownHook(onExit);
    }

    private void kill() {
        try {
            TerminationReport report = Platform.current().terminator().signal(new GroupFamily(pgid), Signal.KILL, GONE_WITHIN);
            shell.waitFor();
            if (!report.clean()) {
                throw new IllegalStateException("sleepers left alive: " + report.survivors());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | SignalRefusedException e) {
            throw new IllegalStateException("cannot end the sleepers' process group " + pgid, e);
        }
    }
}
