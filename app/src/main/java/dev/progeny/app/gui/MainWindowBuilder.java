package dev.progeny.app.gui;

import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.gui.notify.LatestNotice;
import dev.progeny.app.gui.notify.NoticesView;
import java.util.List;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The one place that composes the window: the shell, its icon, appearance and notification
 * area, then each {@link WindowFeature} in order, then the menu items that span them (a key per
 * bottom tab, the messages, Help, Quit). FX thread only; every OS.
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
        window.viewMenu().getItems().add(new SeparatorMenuItem());
        List<Tab> tabs = List.copyOf(window.bottomTabs().getTabs());
        for (int i = 0; i < tabs.size() && i < 9; i++) {
            Tab tab = tabs.get(i);
            MenuItem item = new MenuItem(tab.getText() + " tab");
            item.setAccelerator(Shortcuts.tab(i));
            item.setOnAction(e -> window.bottomTabs().getSelectionModel().select(tab));
            window.viewMenu().getItems().add(item);
        }
        MenuItem messages = new MenuItem("_Messages");
        messages.setAccelerator(Shortcuts.MESSAGES);
        messages.setOnAction(e -> notices.focus());
        window.viewMenu().getItems().addAll(messages, new SeparatorMenuItem(), appearance.menu());
        MenuItem shortcuts = new MenuItem("_Shortcuts");
        shortcuts.setAccelerator(Shortcuts.HELP);
        shortcuts.setOnAction(e -> ShortcutsDialog.show(stage));
        MenuItem about = new MenuItem("_About Progeny");
        about.setOnAction(e -> AboutDialog.show(stage, state.platform()));
        window.helpMenu().getItems().addAll(shortcuts, about);
        MenuItem quit = new MenuItem("_Quit");
        quit.setAccelerator(Shortcuts.QUIT);
        quit.setOnAction(e -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        if (!window.fileMenu().getItems().isEmpty()) {
            window.fileMenu().getItems().add(new SeparatorMenuItem());
        }
        window.fileMenu().getItems().add(quit);
        // The window opens with the tree focused (no blinking caret); Ctrl+L reaches the command.
        stage.setOnShown(e -> window.focusTree());
        return window;
    }
}
