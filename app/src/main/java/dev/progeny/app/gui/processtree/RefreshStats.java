package dev.progeny.app.gui.processtree;

import java.time.Instant;

/**
 * Figures of one refresh, for the status bar and the benchmark. Immutable.
 *
 * @param takenAt         when the snapshot was taken
 * @param processes       processes in the snapshot
 * @param zombies         zombies among them
 * @param rows            rows the tree shows
 * @param backgroundNanos time off the FX thread: snapshot, families, tree model and diff
 * @param fxNanos         wall time on the FX thread applying the result
 * @param fxCpuNanos      CPU time the FX thread spent on it (what a loaded machine does not inflate)
 */
public record RefreshStats(Instant takenAt, int processes, int zombies, int rows, long backgroundNanos, long fxNanos,
                           long fxCpuNanos) {
}
