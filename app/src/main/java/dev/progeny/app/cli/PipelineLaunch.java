package dev.progeny.app.cli;

import dev.progeny.probes.Platform;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.diagnose.ProcessDiagnostics;
import dev.progeny.probes.diagnose.WaitKind;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchException;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.terminate.SignalRefusedException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * A launch of N {@code yes | sleep 3600} pipelines under one shell, for {@code bench why}: every
 * {@code yes} ends up blocked on a full pipe. Closing escalates the family to nothing and reaps
 * what came to Progeny; so does a JVM stopped before closing (TERM, Ctrl+C), from a shutdown hook.
 * Linux. Not thread-safe.
 */
final class PipelineLaunch implements AutoCloseable {
    private static final Duration PATIENCE = Duration.ofMinutes(2);
    private final Launch launch;
    private final int pipelines;
    private final Thread onExit = new Thread(this::end, "progeny-bench-pipelines-cleanup");

    private PipelineLaunch(Launch launch, int pipelines) {
        this.launch = launch;
        this.pipelines = pipelines;
        Runtime.getRuntime().addShutdownHook(onExit);
    }

    static PipelineLaunch start(int pipelines) throws LaunchException {
        String script = "i=0; while [ $i -lt " + pipelines + " ]; do yes | sleep 3600 & i=$((i+1)); done; wait";
        return new PipelineLaunch(Platform.current().launcher().launch(LaunchSpec.of("sh", "-c", script)), pipelines);
    }

    int pid() {
        return launch.pid();
    }

    /** The launch's tree, once every pipeline's {@code yes} writes to a full pipe. */
    List<ProcessInfo> awaitBlocked(ProcessDiagnostics diagnostics) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            Snapshot snapshot = Platform.current().processTable().snapshot();
            List<ProcessInfo> tree = snapshot.subtree(launch.pid());
            List<ProcessInfo> writers = tree.stream().filter(p -> p.name().equals("yes")).toList();
            if (writers.size() == pipelines && tree.size() == 2 * pipelines + 1 && diagnostics.waitingFor(writers, snapshot)
                    .values().stream().allMatch(w -> w.kind() == WaitKind.PIPE_WRITE)) {
                return tree;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the pipelines did not block within " + PATIENCE);
            }
            Thread.sleep(50);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException, SignalRefusedException {
        Runtime.getRuntime().removeShutdownHook(onExit);
        endFamily();
    }

    private void endFamily() throws IOException, InterruptedException, SignalRefusedException {
        Platform.current().terminator().escalate(launch.family(), Duration.ZERO);
        launch.waitFor(PATIENCE);
        launch.close();
        Platform.current().orphanReaper().reapOrphans(Platform.current().launcher().rootPids());
    }

    private void end() {
        try {
            endFamily();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | SignalRefusedException e) {
            throw new IllegalStateException("cannot end the pipelines' launch " + launch.id(), e);
        }
    }
}
