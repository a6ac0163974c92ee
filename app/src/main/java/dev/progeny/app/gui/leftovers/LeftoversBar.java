package dev.progeny.app.gui.leftovers;

import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The offer about an earlier Progeny's leftovers: what is left, and End, Watch, Leave (Alt+E,
 * Alt+W, Alt+L). Hidden when there is nothing. A JavaFX node: FX thread only; every OS.
 */
public final class LeftoversBar extends HBox {
    public static final String ID = "leftovers-bar";

    public LeftoversBar(LeftoversViewModel model) {
        setId(ID);
        getStyleClass().add("leftovers-bar");
        getStylesheets().add(Objects.requireNonNull(getClass().getResource("leftovers.css")).toExternalForm());
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        Label text = new Label();
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button end = button("_End them", "leftovers-end", model::end);
        Button watch = button("_Watch them", "leftovers-watch", model::watch);
        Button leave = button("_Leave them", "leftovers-leave", model::leave);
        getChildren().addAll(text, end, watch, leave);
        visibleProperty().bind(model.foundProperty().map(found -> !found.isEmpty()));
        managedProperty().bind(visibleProperty());
        model.foundProperty().addListener((obs, old, now) -> text.setText(now.isEmpty() ? "" : "\u26A0  " + model.message()));
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setMnemonicParsing(true);
        // At 800 px the message wraps; the buttons keep their words (they read "…" otherwise).
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }
}
