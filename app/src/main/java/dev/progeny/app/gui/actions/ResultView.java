package dev.progeny.app.gui.actions;

import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;

/**
 * The last action's outcome in one line, with a sign for its kind (not colour alone); the
 * details (who got which signal, who survived) in the tooltip and, on click, in a dialog.
 */
final class ResultView extends Label {
    private static final double MAX_WIDTH = 520;

    ResultView(ActionsViewModel model) {
        setId(ActionsStyles.RESULT_ID);
        getStyleClass().add(ActionsStyles.RESULT);
        setMaxWidth(MAX_WIDTH);
        model.resultProperty().addListener((obs, old, result) -> show(result));
        setOnMouseClicked(e -> details(model.resultProperty().get()));
    }

    private void show(ActionResult result) {
        for (ActionResult.Outcome o : ActionResult.Outcome.values()) {
            pseudoClassStateChanged(pseudo(o), result != null && result.outcome() == o);
        }
        setText(result == null ? "" : sign(result.outcome()) + " " + result.summary());
        setTooltip(result == null || result.details().isEmpty() ? null
                : new Tooltip(String.join("\n", result.details())));
    }

    private void details(ActionResult result) {
        if (result == null) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(getScene().getWindow());
        alert.setTitle("Last action");
        alert.setHeaderText(result.summary());
        TextArea text = new TextArea(String.join("\n", result.details()));
        text.setEditable(false);
        text.setWrapText(true);
        alert.getDialogPane().setContent(text);
        alert.show();
    }

    static PseudoClass pseudo(ActionResult.Outcome outcome) {
        return PseudoClass.getPseudoClass(outcome.name().toLowerCase(Locale.ROOT));
    }

    private static String sign(ActionResult.Outcome outcome) {
        return switch (outcome) {
            case DONE -> "\u2714";
            case SURVIVORS -> "\u26A0";
            case REFUSED -> "\u26D4";
            case CANCELLED -> "\u2013";
            case FAILED -> "\u2716";
        };
    }
}
