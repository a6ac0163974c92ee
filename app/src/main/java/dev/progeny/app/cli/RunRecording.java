package dev.progeny.app.cli;

import dev.progeny.probes.Platform;
import dev.progeny.probes.events.EventChoice;
import dev.progeny.probes.events.EventRecorder;
import dev.progeny.probes.events.LaunchHistory;
import dev.progeny.probes.events.ProcessHistory;
import dev.progeny.probes.events.ProcessRecord;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * What {@code progeny run} records about its launch: the platform's best event source, started
 * before the launch so that the root's fork is seen, feeding a {@link ProcessHistory} and the
 * {@code --events} file; at the end, once the source has told the launch's exits, the
 * {@code --trace} file. When nothing asks for events it records nothing. Not thread-safe (the
 * command's thread; the source's thread feeds the history, which is).
 */
final class RunRecording implements AutoCloseable {
    /** Polling, when nothing exact runs: fast enough to catch most short steps of a build. */
    private static final Duration POLL_EVERY = Duration.ofMillis(200);
    /** How long the end waits for the source to report the last exits. */
    private static final Duration SETTLE = Duration.ofSeconds(2);

    private final EventRecorder recorder;
    private final EventLines lines;
    private final EventJson shapes;

    private RunRecording(EventRecorder recorder, EventLines lines, EventJson shapes) {
        this.recorder = recorder;
        this.lines = lines;
        this.shapes = shapes;
    }

    /** Starts recording when {@code wanted}; {@code eventsFile} may be null. */
    static RunRecording start(boolean wanted, Platform platform, Path eventsFile) throws IOException {
        EventJson shapes = new EventJson(platform.signals());
        if (!wanted) {
            return new RunRecording(null, null, shapes);
        }
        EventLines lines = null;
        if (eventsFile != null) {
            try {
                lines = new EventLines(eventsFile, shapes);
            } catch (IOException e) {
                throw new IOException("cannot write events to " + eventsFile + ": " + e.getMessage(), e);
            }
        }
        EventRecorder recorder = new EventRecorder(platform.events(), POLL_EVERY, lines != null ? lines : e -> { });
        recorder.start();
        return new RunRecording(recorder, lines, shapes);
    }

    /** What was recorded (empty when nothing asked for it). */
    ProcessHistory history() {
        return recorder.history();
    }

    /** The source and why no better one runs, when recording. */
    Optional<String> describe() {
        return Optional.ofNullable(recorder).flatMap(EventRecorder::choice).map(EventChoice::describe);
    }

    /** {@code spec}, traced when the source recording it sees only traced launches (ptrace). */
    LaunchSpec recordable(LaunchSpec spec) {
        return recorder == null ? spec : recorder.recordable(spec);
    }

    void launched(Launch launch) {
        if (recorder == null) {
            return;
        }
        recorder.launched(launch);
        if (lines != null) {
            lines.rootIs(launch.pid());
        }
    }

    /**
     * Waits (at most a moment) until the source has reported every recorded process of the launch
     * ended, or only the root with {@code keep} (what outlives it was left running), then writes
     * {@code traceFile} when given.
     */
    void finish(Launch launch, Path traceFile, boolean keep) throws IOException, InterruptedException {
        if (recorder == null) {
            return;
        }
        long deadline = System.nanoTime() + SETTLE.toNanos();
        while (!settled(history().view().launch(launch.id()), launch, keep) && System.nanoTime() - deadline < 0) {
            Thread.sleep(10);
        }
        if (traceFile != null) {
            try {
                TraceFile.write(traceFile, history().view().launch(launch.id()), describe().orElse(""), System.nanoTime(),
                        shapes);
            } catch (IOException e) {
                throw new IOException("cannot write the trace to " + traceFile + ": " + e.getMessage(), e);
            }
        }
    }

    private static boolean settled(LaunchHistory h, Launch launch, boolean keep) {
        boolean rootEnded = h.records().stream().anyMatch(r -> r.key().equals(launch.root()) && r.ended());
        return rootEnded && (keep || h.records().stream().allMatch(ProcessRecord::ended));
    }

    @Override
    public void close() throws IOException {
        if (recorder != null) {
            recorder.close();
        }
        if (lines != null) {
            lines.close();
        }
    }
}
