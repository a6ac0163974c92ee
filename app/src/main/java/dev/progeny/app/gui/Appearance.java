package dev.progeny.app.gui;

import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

/**
 * Light or dark appearance: follows the system's colour scheme where JavaFX can tell
 * ({@link Platform#getPreferences()}), unless the View → Appearance menu overrides it.
 * FX thread only; every OS (where the OS reports no scheme, JavaFX says light).
 */
final class Appearance {
    /** The user's choice in the View menu. */
    enum Choice { SYSTEM, LIGHT, DARK }

    static final String DARK_CSS = "/dev/progeny/app/gui/dark.css";
    /** On the scene's root in dark mode, so feature stylesheets can pick their dark colours. */
    static final String DARK_CLASS = "dark";
    static final String BASE_CSS = "/dev/progeny/app/gui/app.css";

    private final Scene scene;
    /** {@code -Dprogeny.appearance=light|dark} starts in that appearance (scripts, screenshots). */
    static final String PROPERTY = "progeny.appearance";

    private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>(initial());

    Appearance(Scene scene) {
        this.scene = scene;
        scene.getStylesheets().add(stylesheet(BASE_CSS));
        choice.addListener((obs, old, now) -> apply());
        Platform.getPreferences().colorSchemeProperty().addListener((obs, old, now) -> apply());
        apply();
    }

    private static Choice initial() {
        return switch (System.getProperty(PROPERTY, "")) {
            case "light" -> Choice.LIGHT;
            case "dark" -> Choice.DARK;
            default -> Choice.SYSTEM;
        };
    }

    Menu menu() {
        Menu menu = new Menu("_Appearance");
        ToggleGroup group = new ToggleGroup();
        for (Choice c : Choice.values()) {
            RadioMenuItem item = new RadioMenuItem(switch (c) {
                case SYSTEM -> "Follow the system";
                case LIGHT -> "Light";
                case DARK -> "Dark";
            });
            item.setToggleGroup(group);
            item.setSelected(c == choice.get());
            item.setOnAction(e -> choice.set(c));
            menu.getItems().add(item);
        }
        return menu;
    }

    ObjectProperty<Choice> choiceProperty() {
        return choice;
    }

    boolean isDark() {
        return switch (choice.get()) {
            case SYSTEM -> Platform.getPreferences().getColorScheme() == ColorScheme.DARK;
            case LIGHT -> false;
            case DARK -> true;
        };
    }

    private void apply() {
        String dark = stylesheet(DARK_CSS);
        scene.getStylesheets().remove(dark);
        scene.getRoot().getStyleClass().remove(DARK_CLASS);
        if (isDark()) {
            scene.getStylesheets().add(dark);
            scene.getRoot().getStyleClass().add(DARK_CLASS);
        }
    }

    private static String stylesheet(String resource) {
        return Appearance.class.getResource(resource).toExternalForm();
    }
}
