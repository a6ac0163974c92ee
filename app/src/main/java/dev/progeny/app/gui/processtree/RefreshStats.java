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
 * @param fxNanos         time on the FX thread applying the result
 */
public record RefreshStats(Instant takenAt, int processes, int zombies, int rows, long backgroundNanos, long fxNanos) {
}
