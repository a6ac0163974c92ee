package dev.progeny.app.gui.chart;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Side;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tab;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * Two small line charts of one launch over time: its process count, and its CPU % beside its
 * memory in MB. Redrawn only while its tab is showing, to keep refreshes cheap. FX thread only.
 */
public final class LaunchChartView {
    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
    private final LaunchChartViewModel viewModel;
    private final Tab tab;
    private final LineChart<Number, Number> count = chart("Processes");
    private final LineChart<Number, Number> usage = chart("CPU % and RSS (MB)");

    public LaunchChartView(LaunchChartViewModel viewModel, Tab tab) {
        this.viewModel = viewModel;
        this.tab = tab;
        HBox box = new HBox(8, count, usage);
        box.setId("launch-chart");
        HBox.setHgrow(count, Priority.ALWAYS);
        HBox.setHgrow(usage, Priority.ALWAYS);
        tab.setContent(box);
        viewModel.shownProperty().addListener((obs, old, now) -> draw());
        tab.selectedProperty().addListener((obs, old, now) -> draw());
    }

    private static LineChart<Number, Number> chart(String title) {
        NumberAxis x = new NumberAxis();
        x.setForceZeroInRange(false);
        x.setLabel("seconds since the launch started");
        NumberAxis y = new NumberAxis();
        LineChart<Number, Number> c = new LineChart<>(x, y);
        c.setTitle(title);
        c.setAnimated(false);
        c.setCreateSymbols(false);
        c.setMinHeight(120);
        c.setPrefWidth(300);
        // On the right, the legend keeps its place however low the pane is.
        c.setLegendSide(Side.RIGHT);
        return c;
    }

    private void draw() {
        if (!tab.isSelected()) {
            return;
        }
        LaunchChartViewModel.History h = viewModel.shownProperty().get();
        List<XYChart.Data<Number, Number>> processes = new ArrayList<>();
        List<XYChart.Data<Number, Number>> cpu = new ArrayList<>();
        List<XYChart.Data<Number, Number>> rss = new ArrayList<>();
        for (LaunchChartViewModel.Sample s : h.samples()) {
            processes.add(new XYChart.Data<>(s.seconds(), s.processes()));
            cpu.add(new XYChart.Data<>(s.seconds(), s.cpuPercent()));
            rss.add(new XYChart.Data<>(s.seconds(), s.rssBytes() / (1024.0 * 1024)));
        }
        count.setTitle("Processes: " + h.title());
        String since = h.startedEpochMillis() <= 0 ? "seconds since the launch started"
                : "seconds since the launch started at " + STARTED.format(Instant.ofEpochMilli(h.startedEpochMillis()));
        ((NumberAxis) count.getXAxis()).setLabel(since);
        ((NumberAxis) usage.getXAxis()).setLabel(since);
        count.getData().setAll(List.of(series("processes", processes)));
        usage.getData().setAll(List.of(series("CPU %", cpu), series("RSS MB", rss)));
    }

    private static XYChart.Series<Number, Number> series(String name, List<XYChart.Data<Number, Number>> points) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        s.getData().setAll(points);
        return s;
    }
}
