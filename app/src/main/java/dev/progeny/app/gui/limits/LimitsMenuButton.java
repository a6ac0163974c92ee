package dev.progeny.app.gui.limits;

import dev.progeny.probes.limits.Limits;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;

/**
 * The launch bar's "Limits" control: no limits, the presets, the limits used recently, or
 * custom values in a dialog; the choice applies to the next launches. FX thread only; every OS.
 */
public final class LimitsMenuButton extends MenuButton {

    /**
     * @param chosen the limits the next launch gets
     * @param recent limits used before, most recent first (kept with the command history)
     */
    public LimitsMenuButton(ObjectProperty<Limits> chosen, ObservableList<Limits> recent) {
        setId(LimitsStyles.LAUNCH_BAR_BUTTON_ID);
        textProperty().bind(chosen.map(l -> "Limits: " + LimitsText.brief(l)));
        setTooltip(new Tooltip("Memory, process count and CPU for the next launches; where each is held is shown"
                + " in the launch's Limits tab."));
        setOnShowing(e -> {
            getItems().setAll(item("No limits", Limits.NONE, chosen));
            LimitsForm.PRESETS.forEach(p -> getItems().add(item(p.name() + ": " + LimitsText.brief(p.limits()), p.limits(), chosen)));
            boolean first = true;
            for (Limits l : recent) {
                if (!l.isEmpty() && LimitsForm.PRESETS.stream().noneMatch(p -> p.limits().equals(l))) {
                    if (first) {
                        getItems().add(new SeparatorMenuItem());
                        first = false;
                    }
                    getItems().add(item(LimitsText.brief(l), l, chosen));
                }
            }
            MenuItem custom = new MenuItem("Custom\u2026");
            custom.setOnAction(a -> LimitsDialog.ask(getScene().getWindow(), "Limits for the next launches", chosen.get())
                    .ifPresent(chosen::set));
            getItems().addAll(new SeparatorMenuItem(), custom);
        });
        // A MenuButton shows nothing until it has an item.
        getItems().add(new MenuItem("No limits"));
    }

    private static MenuItem item(String text, Limits limits, ObjectProperty<Limits> chosen) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> chosen.set(limits));
        return item;
    }
}
