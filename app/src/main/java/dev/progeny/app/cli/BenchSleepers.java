package dev.progeny.app.cli;

import dev.progeny.probes.Platform;
import dev.progeny.probes.Signal;
import dev.progeny.probes.Snapshot;
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
 * anything else) through the platform's terminator and waits until it is empty. The shell is
 * started by a double fork, so init adopts it as it has a user's other processes: as Progeny's
 * own children they would be listed as orphans it adopted. Linux, FreeBSD, macOS. Not thread-safe.
 */
final class BenchSleepers implements AutoCloseable {
    private static final Duration GONE_WITHIN = Duration.ofMinutes(1);
    private final Process shell;
    private final int pgid;
    private final Thread onExit = new Thread(this::kill, "progeny-bench-cleanup");

    private BenchSleepers(Process shell, int pgid) {
        this.shell = shell;
        this.pgid = pgid;
        Runtime.getRuntime().addShutdownHook(onExit);
    }

    /** Starts {@code count} sleepers and returns once all of them run. */
    static BenchSleepers start(int count) throws IOException {
        String script = "i=0; while [ $i -lt " + count + " ]; do sleep 3600 & i=$((i+1)); done; exec sleep 3600";
        // The outer shell prints the inner one's pid and exits. setsid(1) execs straight away (a
        // background job is no group leader): that pid leads the new session and group.
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", "setsid sh -c \"$0\" </dev/null >/dev/null & echo $!", script);
        pb.environment().put(LaunchSpec.LAUNCH_TAG, "bench-" + UUID.randomUUID());
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process outer = pb.start();
        String leader;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(outer.getInputStream(), StandardCharsets.UTF_8))) {
            leader = out.readLine();
        }
        if (leader == null || leader.isEmpty() || !leader.chars().allMatch(Character::isDigit)) {
            throw new IOException("the sleeper shell did not start: " + leader);
        }
        BenchSleepers sleepers = new BenchSleepers(outer, Integer.parseInt(leader));
        sleepers.awaitAll(count);
        return sleepers;
    }

    /**
     * Waits until the group holds its {@code count} sleepers and the shell (a sleeper itself once
     * done). The shell's output is not ours to read: Java closes a child's pipe when it exits.
     */
    private void awaitAll(int count) throws IOException {
        long deadline = System.nanoTime() + GONE_WITHIN.toNanos();
        while (true) {
            Snapshot now = Platform.current().processTable().snapshot();
            long members = now.processes().stream().filter(p -> p.pgid() == pgid && p.state().isAlive()).count();
            if (members >= count + 1L) {
                return;
            }
            if (now.process(pgid).isEmpty() || System.nanoTime() > deadline) {
                close();
                throw new IOException("the sleeper shell ended early or forked " + (members - 1) + " of " + count
                        + " sleepers (too many processes for ulimit -u or pid_max?)");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IOException("interrupted while the sleepers started", e);
            }
        }
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
