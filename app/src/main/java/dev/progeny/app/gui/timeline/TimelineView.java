package dev.progeny.app.gui.timeline;

import dev.progeny.app.gui.Shortcuts;
import dev.progeny.app.gui.common.WholeText;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.events.ProcessRecord;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * The timeline tab: one bar per process on a {@link Canvas}, only the visible rows drawn (so a
 * launch of 10,000 processes pans and zooms at frame rate). Drag pans; the wheel scrolls rows,
 * Ctrl+wheel zooms at the pointer; keys: + and - zoom, Left/Right pan, Up/Down select the
 * previous/next bar, Page Up/Down scroll, 0 fits. A white mark in a bar is an exec. Hover shows a
 * bar's facts. FX thread only.
 */
public final class TimelineView {
    private static final double PAN_STEP = 80;
    private static final double ZOOM_STEP = 1.5;
    private static final Font FONT = Font.font(11);

    private final TimelineViewModel viewModel;
    private final Canvas canvas = new Canvas();
    private final Pane area = new Pane(canvas);
    private final Label info = new Label("No launch yet.");
    private final BorderPane root = new BorderPane();
    private double pressX;
    private double pressY;
    private boolean dragged;
    private long lastDrawNanos;

    public TimelineView(TimelineViewModel viewModel) {
        this.viewModel = viewModel;
        root.setId("timeline");
        canvas.setId("timeline-canvas");
        area.setId("timeline-area");
        info.setId("timeline-info");
        WholeText.showWhole(info, info.textProperty()); // a long command line is cut on the info line
        CheckBox onlyFailed = new CheckBox("Only failed");
        onlyFailed.setId("timeline-only-failed");
        onlyFailed.selectedProperty().bindBidirectional(viewModel.onlyFailedProperty());
        Button fit = new Button("Fit");
        fit.setId("timeline-fit");
        fit.setOnAction(e -> viewModel.fit());
        HBox top = new HBox(8, onlyFailed, fit, info);
        top.setPadding(new Insets(4));
        root.setTop(top);
        root.setCenter(area);
        area.setMinSize(0, 0);
        area.setFocusTraversable(true);
        area.widthProperty().addListener((obs, old, now) -> resized());
        area.heightProperty().addListener((obs, old, now) -> resized());
        viewModel.rowsProperty().addListener((obs, old, now) -> {
            showSelected();
            draw();
        });
        viewModel.viewportProperty().addListener((obs, old, now) -> draw());
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            showSelected();
            draw();
        });
        area.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        area.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        area.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        area.addEventHandler(MouseEvent.MOUSE_MOVED, e -> bar(e.getX(), e.getY())
                .ifPresentOrElse(b -> info.setText(viewModel.describe(b)), this::showSelected));
        area.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        area.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    public BorderPane node() {
        return root;
    }

    /** FX time the last frame took to draw (for the benchmark and tests). */
    public long lastDrawNanos() {
        return lastDrawNanos;
    }

    private void resized() {
        canvas.setWidth(area.getWidth());
        canvas.setHeight(area.getHeight());
        TimelineViewport v = viewModel.viewportProperty().get();
        boolean first = v.width() == 0;
        TimelineViewport next = v.resized(area.getWidth(), area.getHeight());
        viewModel.viewportProperty().set(first ? TimelineViewport.fit(viewModel.rowsProperty().get(),
                area.getWidth(), area.getHeight()) : next);
    }

    private void pressed(MouseEvent e) {
        area.requestFocus();
        pressX = e.getX();
        pressY = e.getY();
        dragged = false;
    }

    private void dragged(MouseEvent e) {
        int rows = (int) ((e.getY() - pressY) / TimelineViewport.ROW_HEIGHT);
        double dx = e.getX() - pressX;
        if (Math.abs(dx) >= 1 || rows != 0) {
            dragged = true;
            pan(dx, rows);
            pressX = e.getX();
            pressY += rows * TimelineViewport.ROW_HEIGHT;
        }
    }

    private void released(MouseEvent e) {
        if (!dragged) {
            viewModel.select(viewModel.viewportProperty().get().rowAt(e.getY()));
        }
    }

    private void scrolled(ScrollEvent e) {
        TimelineViewport v = viewModel.viewportProperty().get();
        if (e.isControlDown()) {
            viewModel.viewportProperty().set(v.zoom(Math.pow(1.2, e.getDeltaY() / 40), e.getX()));
        } else {
            pan(e.getDeltaX(), (int) Math.signum(e.getDeltaY()) * 3);
        }
        e.consume();
    }

    /** The keys of {@link Shortcuts} (with "=" and the keypad's + and − as well), and Page Up/Down and Home. */
    private void key(KeyEvent e) {
        TimelineViewport v = viewModel.viewportProperty().get();
        KeyCode code = e.getCode();
        if (Shortcuts.TIMELINE_ZOOM_IN.match(e) || code == KeyCode.EQUALS || code == KeyCode.ADD) {
            viewModel.viewportProperty().set(v.zoom(ZOOM_STEP, v.width() / 2));
        } else if (Shortcuts.TIMELINE_ZOOM_OUT.match(e) || code == KeyCode.SUBTRACT) {
            viewModel.viewportProperty().set(v.zoom(1 / ZOOM_STEP, v.width() / 2));
        } else if (Shortcuts.TIMELINE_EARLIER.match(e)) {
            pan(PAN_STEP, 0);
        } else if (Shortcuts.TIMELINE_LATER.match(e)) {
            pan(-PAN_STEP, 0);
        } else if (Shortcuts.TIMELINE_PREVIOUS.match(e)) {
            viewModel.step(-1);
        } else if (Shortcuts.TIMELINE_NEXT.match(e)) {
            viewModel.step(1);
        } else if (code == KeyCode.PAGE_UP || code == KeyCode.PAGE_DOWN) {
            pan(0, code == KeyCode.PAGE_UP ? v.visibleRows() : -v.visibleRows());
        } else if (Shortcuts.TIMELINE_FIT.match(e) || code == KeyCode.NUMPAD0 || code == KeyCode.HOME) {
            viewModel.fit();
        } else {
            return;
        }
        e.consume();
    }

    private void pan(double dx, int rows) {
        TimelineViewport v = viewModel.viewportProperty().get();
        viewModel.viewportProperty().set(v.pan(dx, rows, viewModel.rowsProperty().get().bars().size()));
    }

    private Optional<TimelineBar> bar(double x, double y) {
        TimelineViewport v = viewModel.viewportProperty().get();
        List<TimelineBar> bars = viewModel.rowsProperty().get().bars();
        int row = v.rowAt(y);
        if (row < 0 || row >= bars.size()) {
            return Optional.empty();
        }
        TimelineBar b = bars.get(row);
        double x0 = v.xOf(b.startNanos());
        double x1 = Math.max(x0 + 2, v.xOf(b.endNanos()));
        return x >= x0 - 2 && x <= x1 + 2 ? Optional.of(b) : Optional.empty();
    }

    private void showSelected() {
        ProcessKey key = viewModel.selectedProperty().get();
        TimelineRows rows = viewModel.rowsProperty().get();
        info.setText(key == null ? rows.bars().size() + " processes" + summarised(rows)
                : rows.rowOf(key).map(r -> viewModel.describe(rows.bars().get(r))).orElse(""));
    }

    private static String summarised(TimelineRows rows) {
        return rows.summarised() == 0 ? "" : " (" + rows.summarised() + " oldest summarised, not drawn)";
    }

    /** Draws the visible rows only: cost grows with the window's height, not with the launch. */
    private void draw() {
        long t0 = System.nanoTime();
        GraphicsContext g = canvas.getGraphicsContext2D();
        TimelineViewport v = viewModel.viewportProperty().get();
        List<TimelineBar> bars = viewModel.rowsProperty().get().bars();
        ProcessKey selected = viewModel.selectedProperty().get();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.setFont(FONT);
        g.setTextBaseline(VPos.CENTER);
        List<TimelineViewport.Tick> ticks = v.ticks(viewModel.rowsProperty().get().firstNanos());
        g.setStroke(Color.gray(0.9));
        for (TimelineViewport.Tick t : ticks) {
            g.strokeLine(t.x() + 0.5, TimelineViewport.AXIS_HEIGHT, t.x() + 0.5, v.height());
        }
        int last = Math.min(bars.size(), v.topRow() + v.visibleRows());
        for (int row = v.topRow(); row < last; row++) {
            TimelineBar b = bars.get(row);
            double x0 = Math.max(-1, v.xOf(b.startNanos()));
            double x1 = Math.min(v.width() + 1, Math.max(v.xOf(b.startNanos()) + 2, v.xOf(b.endNanos())));
            double y = v.yOf(row);
            if (b.parentRow() >= 0) {
                g.setStroke(Color.gray(0.7));
                g.strokeLine(x0 + 0.5, Math.max(TimelineViewport.AXIS_HEIGHT, v.yOf(b.parentRow()) + TimelineViewport.ROW_HEIGHT - 3), x0 + 0.5,
                        y + TimelineViewport.ROW_HEIGHT / 2);
            }
            if (x1 < 0 || x0 > v.width()) {
                continue;
            }
            g.setFill(colour(b.kind()));
            g.fillRect(x0, y + 2, x1 - x0, TimelineViewport.ROW_HEIGHT - 4);
            drawExecs(g, v, b, y);
            if (b.record().key().equals(selected)) {
                g.setStroke(Color.BLACK);
                g.setLineWidth(2);
                g.strokeRect(x0, y + 2, x1 - x0, TimelineViewport.ROW_HEIGHT - 4);
                g.setLineWidth(1);
            }
            g.setFill(Color.BLACK);
            g.fillText(viewModel.label(b), Math.max(0, x1 + 4 > v.width() - 120 ? x0 + 3 : x1 + 4), y + TimelineViewport.ROW_HEIGHT / 2);
        }
        drawAxis(g, v, ticks);
        lastDrawNanos = System.nanoTime() - t0;
    }

    /** A white mark where the process exec'd another program (the first program is what it was forked as). */
    private static void drawExecs(GraphicsContext g, TimelineViewport v, TimelineBar b, double y) {
        List<ProcessRecord.Program> programs = b.record().programs();
        g.setStroke(Color.WHITE);
        for (int i = 1; i < programs.size(); i++) {
            double x = v.xOf(programs.get(i).nanos());
            if (x >= 0 && x <= v.width()) {
                g.strokeLine(x + 0.5, y + 3, x + 0.5, y + TimelineViewport.ROW_HEIGHT - 3);
            }
        }
    }

    /** Time since the launch began, in a band above the rows (the grid lines are drawn before the bars). */
    private static void drawAxis(GraphicsContext g, TimelineViewport v, List<TimelineViewport.Tick> ticks) {
        g.setFill(Color.gray(0.96));
        g.fillRect(0, 0, v.width(), TimelineViewport.AXIS_HEIGHT);
        g.setFill(Color.gray(0.35));
        for (TimelineViewport.Tick t : ticks) {
            long since = t.sinceOriginNanos();
            String text = since == 0 ? "0" : (since < 0 ? "\u2212" : "+") + TimelineViewModel.duration(Math.abs(since));
            g.fillText(text, t.x() + 3, TimelineViewport.AXIS_HEIGHT / 2);
        }
    }

    private static Color colour(TimelineBar.Kind kind) {
        return switch (kind) {
            case RUNNING -> Color.web("#5b8fd1");
            case SUCCEEDED -> Color.web("#4caf50");
            case FAILED -> Color.web("#e0533d");
            case KILLED -> Color.web("#9c4dcc");
            case UNKNOWN -> Color.web("#9e9e9e");
        };
    }
}
