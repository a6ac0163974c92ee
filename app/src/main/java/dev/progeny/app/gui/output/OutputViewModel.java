package dev.progeny.app.gui.output;

import dev.progeny.app.gui.common.TaskExecutor;
import dev.progeny.probes.launch.Launch;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One launch's output, live: the newest {@link #MAX_LINES} lines in memory, every line in the
 * launch's spill file (bounded, removed with the launch), how many earlier lines the window does
 * not hold, the exit status, and a search over everything. Lines come from an {@link
 * OutputCapture} and are taken in one FX task at a time. Properties are touched on the FX thread only.
 */
public final class OutputViewModel {
    /** Enough to scroll back through a build; the spill file holds the rest. */
    public static final int MAX_LINES = 10_000;
    private static final System.Logger LOG = System.getLogger(OutputViewModel.class.getName());

    private final Launch launch;
    private final TaskExecutor executor;
    private final SpillFile spill;
    private final OutputCapture capture;
    private final ObservableList<OutputLine> lines = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper firstLine = new ReadOnlyLongWrapper(this, "firstLine");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "running");
    private final ReadOnlyStringWrapper dropNotice = new ReadOnlyStringWrapper(this, "dropNotice", "");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private final OutputSearch search;

    /** The output of {@code launch}, which {@code capture} heard from its first byte. */
    public OutputViewModel(Launch launch, TaskExecutor executor, OutputCapture capture) {
        this.launch = launch;
        this.executor = executor;
        this.capture = capture;
        this.spill = capture.spill();
        this.search = new OutputSearch(this, spill, executor);
    }

    /** The output of a launch started without a capture: from what its bounded log still holds. */
    public OutputViewModel(Launch launch, TaskExecutor executor, Path spillPath, long spillLimit) {
        this(launch, executor, OutputCapture.following(launch.output(), new SpillFile(spillPath, spillLimit), MAX_LINES));
    }

    /** A capture to give to the launcher, so that the window's output starts at the launch's first byte. */
    public static OutputCapture capture(Path spillPath, long spillLimit) {
        return new OutputCapture(new SpillFile(spillPath, spillLimit), MAX_LINES);
    }

    /** Starts following the output and the exit status. Call once, on the FX thread. */
    public void start() {
        capture.start(this::scheduleDrain);
        launch.onExit().whenComplete((exit, failure) -> executor.runOnFx(() -> {
            status.set(failure == null ? exit.toString() : "unknown: " + failure.getMessage());
            scheduleDrain();
        }));
    }

    private void scheduleDrain() {
        if (drainScheduled.compareAndSet(false, true)) {
            executor.runOnFx(this::drain);
        }
    }

    private void drain() {
        drainScheduled.set(false);
        OutputCapture.Batch batch = capture.take();
        boolean gap = batch.first() > firstLine.get() + lines.size();
        if (gap || batch.lines().size() >= MAX_LINES) {
            // More came than the window holds: it starts over with the newest.
            lines.setAll(batch.lines());
        } else {
            lines.addAll(batch.lines());
            int excess = lines.size() - MAX_LINES;
            if (excess > 0) {
                lines.remove(0, excess);
            }
        }
        firstLine.set(batch.first() + batch.lines().size() - lines.size());
        search.appended(batch.first(), batch.lines());
        finished.set(batch.finished());
        dropNotice.set(notice());
    }

    private String notice() {
        long lost = capture.lostBytes();
        String before = lost == 0 ? "" : String.format(Locale.ROOT,
                "The first %,d bytes of output came before the window followed this launch and were not kept. ", lost);
        long earlier = firstLine.get();
        long notKept = spill.notKept();
        if (earlier == 0 && notKept == 0) {
            return before.strip();
        }
        if (spill.failed() && spill.lines() == 0) {
            return before + String.format(Locale.ROOT,
                    "%,d earlier lines were dropped: the spill file %s could not be written.", earlier, spill.path());
        }
        String kept = notKept == 0 ? "all " + String.format(Locale.ROOT, "%,d", capture.total()) + " lines are in the spill file"
                : String.format(Locale.ROOT, "the spill file is full: %,d later lines are not kept", notKept);
        return before + String.format(Locale.ROOT,
                "%,d earlier lines are not shown here; %s (search and Save output cover it).", earlier, kept);
    }

    /** Releases the spill file at once, on this thread (the window is closing: no executor is left). */
    void closeNow() {
        capture.stop(launch.output());
        try {
            spill.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot remove " + spill.path(), e);
        }
    }

    /** Releases the spill file (the launch is removed). */
    public void dispose() {
        capture.stop(launch.output());
        executor.execute(() -> {
            spill.close();
            return spill.path();
        }, path -> { }, failure -> LOG.log(System.Logger.Level.WARNING, "cannot remove " + spill.path(), failure));
    }

    public Launch launch() {
        return launch;
    }

    /** The newest lines, at most {@link #MAX_LINES}. */
    public ObservableList<OutputLine> lines() {
        return lines;
    }

    /** The number of the window's first line: how many earlier lines it does not hold. */
    public ReadOnlyLongProperty firstLineProperty() {
        return firstLine.getReadOnlyProperty();
    }

    /** "running", or the exit status ("exited 0", "killed by signal 9"). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Says how many earlier lines the window does not hold and where they are; empty when it holds them all. */
    public ReadOnlyStringProperty dropNoticeProperty() {
        return dropNotice.getReadOnlyProperty();
    }

    /** True once every stream of the launch has ended. */
    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    public OutputSearch search() {
        return search;
    }

    SpillFile spill() {
        return spill;
    }
}
