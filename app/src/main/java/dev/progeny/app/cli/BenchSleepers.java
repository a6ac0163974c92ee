package dev.progeny.app.cli;

import dev.progeny.probes.Platform;
import dev.progeny.probes.Signal;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.posix.PosixLibc;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * N idle processes for a benchmark: one shell in a session of its own forks N {@code sleep}s,
 * all tagged with {@code PROGENY_LAUNCH}; {@link #close()} kills that one process group (never
 * anything else) and waits until it is empty. Linux, FreeBSD, macOS. Not thread-safe.
 */
final class BenchSleepers implements AutoCloseable {
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
        int own = PosixLibc.INSTANCE.getpgid(0);
        if (pgid <= 1 || pgid == own) {
            throw new IllegalStateException("refusing to signal process group " + pgid);
        }
        int kill = Platform.current().signals().number(Signal.KILL);
        PosixLibc.INSTANCE.kill(-pgid, kill);
        try {
            shell.waitFor();
            for (int i = 0; i < 600 && hasLiveMembers(); i++) {
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new IllegalStateException("cannot check that the sleepers ended", e);
        }
    }

    private boolean hasLiveMembers() throws IOException {
        return Platform.current().processTable().snapshot().groupMembers(pgid).stream().anyMatch(p -> p.state().isAlive());
    }
}
