package dev.progeny.app.gui.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Which part of the timeline is on screen: the time at the left edge, nanoseconds per pixel and
 * the top row, in a drawing area of a given size. Zoom keeps the time under the pointer in place;
 * while following, the right edge stays on the newest moment (a live launch grows there) until the
 * user pans or zooms away from it (fitting again follows once more). Immutable; pure.
 */
public record TimelineViewport(long leftNanos, double nanosPerPixel, int topRow, double width, double height,
                               boolean following) {
    public static final double ROW_HEIGHT = 18;
    /** The time axis above the rows. */
    public static final double AXIS_HEIGHT = 16;
    /** Labelled ticks are at least this far apart. */
    private static final double MIN_TICK_PIXELS = 90;
    /** One pixel is never less than a microsecond, nor more than an hour. */
    private static final double MIN_NANOS_PER_PIXEL = 1_000;
    private static final double MAX_NANOS_PER_PIXEL = 3.6e12;

    public TimelineViewport {
        nanosPerPixel = Math.clamp(nanosPerPixel, MIN_NANOS_PER_PIXEL, MAX_NANOS_PER_PIXEL);
        topRow = Math.max(0, topRow);
    }

    /** The whole of {@code rows} across {@code width}, from the top, following the right edge. */
    public static TimelineViewport fit(TimelineRows rows, double width, double height) {
        double span = Math.max(1, rows.lastNanos() - rows.firstNanos());
        return new TimelineViewport(rows.firstNanos(), span / Math.max(1, width) * 1.02, 0, width, height, true);
    }

    public double xOf(long nanos) {
        return (nanos - leftNanos) / nanosPerPixel;
    }

    public long nanosAt(double x) {
        return leftNanos + (long) (x * nanosPerPixel);
    }

    /** The row under {@code y}, or -1 above the first. */
    public int rowAt(double y) {
        return y < AXIS_HEIGHT ? -1 : topRow + (int) ((y - AXIS_HEIGHT) / ROW_HEIGHT);
    }

    public double yOf(int row) {
        return AXIS_HEIGHT + (row - topRow) * ROW_HEIGHT;
    }

    /** How many rows fit, the last one partly. */
    public int visibleRows() {
        return (int) Math.ceil(Math.max(0, height - AXIS_HEIGHT) / ROW_HEIGHT);
    }

    /** One labelled tick of the time axis: where, and the time since {@code originNanos} it marks. */
    public record Tick(double x, long sinceOriginNanos) {
    }

    /**
     * The axis ticks across the width: a round step (1, 2 or 5 times a power of ten nanoseconds)
     * at least {@link #MIN_TICK_PIXELS} apart, counted from {@code originNanos} (the launch's start).
     */
    public List<Tick> ticks(long originNanos) {
        double minStep = MIN_TICK_PIXELS * nanosPerPixel;
        long step = 1;
        while (step < minStep) {
            long next = step * 10;
            step = step * 2 >= minStep ? step * 2 : step * 5 >= minStep ? step * 5 : next;
        }
        List<Tick> ticks = new ArrayList<>();
        long first = Math.floorDiv(nanosAt(0) - originNanos, step) * step;
        for (long t = first; xOf(originNanos + t) <= width; t += step) {
            if (xOf(originNanos + t) >= 0) {
                ticks.add(new Tick(xOf(originNanos + t), t));
            }
        }
        return ticks;
    }

    /** {@code factor} > 1 zooms in, keeping the time at {@code x} where it is. */
    public TimelineViewport zoom(double factor, double x) {
        long anchor = nanosAt(x);
        double npp = Math.clamp(nanosPerPixel / factor, MIN_NANOS_PER_PIXEL, MAX_NANOS_PER_PIXEL);
        return new TimelineViewport(anchor - (long) (x * npp), npp, topRow, width, height, false);
    }

    /** Moves the content {@code dx} pixels right (the view to earlier times) and {@code rows} rows up. */
    public TimelineViewport pan(double dx, int rows, int rowCount) {
        int top = Math.clamp(topRow - rows, 0, Math.max(0, rowCount - 1));
        return new TimelineViewport(leftNanos - (long) (dx * nanosPerPixel), nanosPerPixel, top, width, height,
                following && dx == 0);
    }

    public TimelineViewport resized(double newWidth, double newHeight) {
        return new TimelineViewport(leftNanos, nanosPerPixel, topRow, newWidth, newHeight, following);
    }

    /** When following, {@code rows} fit again: the launch grows at the right edge. */
    public TimelineViewport grownTo(TimelineRows rows) {
        if (!following) {
            return this;
        }
        TimelineViewport fit = fit(rows, width, height);
        return new TimelineViewport(fit.leftNanos, fit.nanosPerPixel, topRow, width, height, true);
    }

    /** Scrolls just enough that {@code row} is on screen. */
    public TimelineViewport reveal(int row) {
        int rows = Math.max(1, visibleRows() - 1);
        int top = row < topRow ? row : row >= topRow + rows ? row - rows + 1 : topRow;
        return new TimelineViewport(leftNanos, nanosPerPixel, top, width, height, following);
    }
}
