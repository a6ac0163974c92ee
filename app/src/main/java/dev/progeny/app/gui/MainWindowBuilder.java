package dev.progeny.app.gui;

import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.gui.notify.LatestNotice;
import dev.progeny.app.gui.notify.NoticesView;
import java.util.List;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The one place that composes the window: the shell, its icon, appearance and notification
 * area, then each {@link WindowFeature} in order. FX thread only; every OS.
 */
public final class MainWindowBuilder {
    private MainWindowBuilder() {
    }

    /** Builds the window on {@code stage} with {@code features}, without showing it. */
    public static MainWindow build(Stage stage, AppState state, List<WindowFeature> features) {
        MainWindow window = new MainWindow(stage);
        stage.getIcons().setAll(AppIcons.all());
        Appearance appearance = new Appearance(window.scene());
        NoticesView notices = new NoticesView(state.notices());
        window.setNotices(notices);
        window.statusMessages().getChildren().add(new LatestNotice(state.notices(), notices));
        for (WindowFeature feature : features) {
            feature.install(window, state);
        }
        window.viewMenu().getItems().addAll(new SeparatorMenuItem(), appearance.menu());
        MenuItem shortcuts = new MenuItem("_Shortcuts");
        shortcuts.setOnAction(e -> ShortcutsDialog.show(stage));
        window.helpMenu().getItems().add(shortcuts);
        MenuItem quit = new MenuItem("_Quit");
        quit.setOnAction(e -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        window.fileMenu().getItems().add(quit);
        // The window opens with the tree focused (no blinking caret); Ctrl+L reaches the command.
        stage.setOnShown(e -> window.focusTree());
        return window;
    }
}
