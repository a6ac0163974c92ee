package dev.progeny.app.gui.details;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The details pane: one selectable line per field, the environment in a scrollable area.
 * FX thread only.
 */
public final class DetailsView {
    private final GridPane grid = new GridPane();
    private final ScrollPane scroll = new ScrollPane(grid);

    public DetailsView(DetailsViewModel viewModel) {
        grid.setId("details-pane");
        grid.setHgap(12);
        grid.setVgap(4);
        grid.setStyle("-fx-padding: 8;");
        ColumnConstraints labels = new ColumnConstraints();
        // A narrow pane shortens the values, never the names (they read "…" at 800 px otherwise).
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setMinWidth(0);
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, values);
        scroll.setFitToWidth(true);
        viewModel.fieldsProperty().addListener((obs, old, now) -> show(now));
        show(viewModel.fieldsProperty().get());
    }

    private void show(List<DetailsViewModel.Field> fields) {
        grid.getChildren().clear();
        if (fields.isEmpty()) {
            grid.add(new Label("Select a process to see its details."), 0, 0, 2, 1);
            return;
        }
        int row = 0;
        for (DetailsViewModel.Field f : fields) {
            Label label = new Label(f.label());
            label.setStyle("-fx-font-weight: bold;");
            if (f.value().contains("\n")) {
                TextArea area = new TextArea(f.value());
                area.setEditable(false);
                area.setPrefRowCount(6);
                area.setWrapText(false);
                grid.addRow(row++, label, area);
            } else {
                TextField value = new TextField(f.value());
                value.setEditable(false);
                value.getStyleClass().add("details-value");
                grid.addRow(row++, label, value);
            }
        }
    }

    public ScrollPane node() {
        return scroll;
    }
}
