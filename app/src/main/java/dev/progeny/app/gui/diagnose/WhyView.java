package dev.progeny.app.gui.diagnose;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The Why pane: for a zombie family first the two actions that help its parent, then the selected
 * process's diagnosis, one titled block per section. FX thread only.
 */
final class WhyView {
    private final VBox sections = new VBox(6);
    private final ScrollPane scroll = new ScrollPane(sections);
    private final Button signalParent = new Button("Send SIGCHLD to parent");
    private final Button endParent = new Button("End parent");
    private final Label outcome = new Label();
    private final HBox actions = new HBox(8, signalParent, endParent, outcome);

    WhyView(WhyViewModel model) {
        sections.setId("why-pane");
        sections.getStyleClass().add("why-pane");
        sections.setStyle("-fx-padding: 8;");
        scroll.setFitToWidth(true);
        signalParent.setId("why-signal-parent");
        endParent.setId("why-end-parent");
        outcome.setId("why-outcome");
        outcome.textProperty().bind(model.outcomeProperty());
        signalParent.setOnAction(e -> model.signalParent());
        endParent.setOnAction(e -> model.endParent());
        model.contentProperty().addListener((obs, old, now) -> show(now));
        show(model.contentProperty().get());
    }

    private void show(WhyViewModel.Content content) {
        sections.getChildren().clear();
        if (content.sections().isEmpty()) {
            sections.getChildren().add(new Label("Select a process to see why it is where it is."));
            return;
        }
        if (content.zombies().isPresent()) {
            sections.getChildren().add(actions);
        }
        for (WhySection s : content.sections()) {
            Label title = new Label(s.title());
            title.setStyle(s.alarm() ? "-fx-font-weight: bold; -fx-text-fill: #c62828;" : "-fx-font-weight: bold;");
            VBox block = new VBox(2, title);
            block.setId("why-section-" + s.id());
            lines(block, s.lines());
            sections.getChildren().add(block);
        }
    }

    private static void lines(VBox block, List<String> lines) {
        for (String line : lines) {
            Label l = new Label(line);
            l.setWrapText(true);
            l.getStyleClass().add("why-line");
            block.getChildren().add(l);
        }
    }

    ScrollPane node() {
        return scroll;
    }
}
