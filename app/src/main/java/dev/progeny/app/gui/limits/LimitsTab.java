package dev.progeny.app.gui.limits;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The "Limits" tab under the tree: the selected launch's limits, where each is held, what bit,
 * and a button to change them while it runs. FX thread only; every OS.
 */
public final class LimitsTab extends Tab {

    public LimitsTab(LaunchLimitsViewModel model) {
        super("Limits");
        Label lines = new Label();
        lines.setId(LimitsStyles.TAB_LINES_ID);
        lines.setWrapText(true);
        lines.textProperty().bind(model.textProperty());
        Button change = new Button("Change\u2026");
        change.setId(LimitsStyles.TAB_CHANGE_ID);
        change.disableProperty().bind(model.changeableProperty().not());
        change.setOnAction(e -> askAndChange(model, change));
        Label result = new Label();
        result.textProperty().bind(model.resultProperty());
        VBox box = new VBox(8, lines, new HBox(8, change, result));
        box.setPadding(new Insets(8));
        setContent(box);
    }

    /** Opens the dialog filled with the launch's limits and applies the answer. */
    static void askAndChange(LaunchLimitsViewModel model, Node owner) {
        LimitsDialog.ask(owner.getScene().getWindow(), "Limits of the running launch", model.asked())
                .ifPresent(model::change);
    }
}
