package dev.progeny.app.gui;

import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The window's layout and the named slots features fill (see {@code docs/gui-slots.md}): menus,
 * a launch-bar slot, an action tool bar, a watch tool bar, the tree, the bottom tabs, the
 * notification area beside them, the tree's context menu and the status bar. It knows no feature; {@link ProgenyApp} composes them.
 * Touch it on the FX thread only. Works on every OS.
 */
public final class MainWindow {
    private final Stage stage;
    private final BorderPane root = new BorderPane();
    private final Scene scene = new Scene(root, 1280, 800);
    private final Menu fileMenu = new Menu("_File");
    private final Menu viewMenu = new Menu("_View");
    private final Menu actionsMenu = new Menu("_Actions");
    private final Menu helpMenu = new Menu("_Help");
    private final StackPane launchBarSlot = new StackPane();
    private final ToolBar actionToolBar = new ToolBar();
    private final ToolBar watchToolBar = new ToolBar();
    private final StackPane treeSlot = new StackPane();
    private final TabPane bottomTabs = new TabPane();
    private final ContextMenu treeContextMenu = new ContextMenu();
    private final StackPane statusBarSlot = new StackPane();
    private final StackPane noticesSlot = new StackPane();
    private final HBox statusMessages = new HBox(8);

    public MainWindow(Stage stage) {
        this.stage = stage;
        stage.setTitle("Progeny");
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        stage.setScene(scene);
        root.getStyleClass().add("progeny-window");

        MenuBar menuBar = new MenuBar(fileMenu, viewMenu, actionsMenu, helpMenu);
        // The action tool bar gives up width first (its buttons go into its » menu, their keys
        // still work); the view switches and the filter never hide.
        HBox.setHgrow(actionToolBar, Priority.ALWAYS);
        actionToolBar.setMinWidth(0);
        watchToolBar.setMinWidth(Region.USE_PREF_SIZE);
        HBox toolRow = new HBox(actionToolBar, watchToolBar);
        toolRow.getStyleClass().add("tool-row");
        launchBarSlot.setId("launch-bar-slot");
        root.setTop(new VBox(menuBar, launchBarSlot, toolRow));

        bottomTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // Messages sit beside the tabs: they never move the tree nor cover the details.
        SplitPane bottom = new SplitPane(bottomTabs, noticesSlot);
        bottom.setDividerPositions(0.7);
        SplitPane.setResizableWithParent(noticesSlot, false);
        SplitPane split = new SplitPane(treeSlot, bottom);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.66);
        SplitPane.setResizableWithParent(bottom, false);
        statusMessages.setAlignment(Pos.CENTER_LEFT);
        root.setCenter(split);
        root.setBottom(statusBarSlot);
    }

    public Stage stage() {
        return stage;
    }

    /** Global keys go into {@code scene().getAccelerators()}; stylesheets into {@code getStylesheets()}. */
    public Scene scene() {
        return scene;
    }

    public Menu fileMenu() {
        return fileMenu;
    }

    public Menu viewMenu() {
        return viewMenu;
    }

    /** Actions on the selection (kill group, escalate, ...), mirroring the action tool bar. */
    public Menu actionsMenu() {
        return actionsMenu;
    }

    public Menu helpMenu() {
        return helpMenu;
    }

    /** Puts the launch bar (command field, options, Launch button) above the tool bars. */
    public void setLaunchBar(Node launchBar) {
        launchBarSlot.getChildren().setAll(launchBar);
    }

    /** Left tool bar: buttons acting on the selection. */
    public ToolBar actionToolBar() {
        return actionToolBar;
    }

    /** Right tool bar: what the tree shows, and the filter; it never hides them in an overflow menu. */
    public ToolBar watchToolBar() {
        return watchToolBar;
    }

    public void setTree(Node tree) {
        treeSlot.getChildren().setAll(tree);
    }

    /** Where the tree is (popups opened from the keyboard open over it). */
    public Node treeArea() {
        return treeSlot;
    }

    /**
     * Puts the keyboard focus on the tree, where Space, Delete and the arrows act. The window
     * opens this way so that no text caret blinks: a blinking caret is an endless animation
     * that keeps JavaFX pulsing 60 times a second (docs/gui-performance.md).
     */
    public void focusTree() {
        treeSlot.getChildren().stream().findFirst().ifPresent(Node::requestFocus);
    }

    /** Tabs under the tree: "Details", "Chart", "Output", ... */
    public TabPane bottomTabs() {
        return bottomTabs;
    }

    /** Items of the tree's context menu; actions add theirs here. */
    public ObservableList<MenuItem> treeContextMenuItems() {
        return treeContextMenu.getItems();
    }

    public ContextMenu treeContextMenu() {
        return treeContextMenu;
    }

    public void setStatusBar(Node statusBar) {
        statusBarSlot.getChildren().setAll(statusBar);
    }

    /** The notification area, beside the bottom tabs. */
    public void setNotices(Node notices) {
        noticesSlot.getChildren().setAll(notices);
    }

    /** The status bar's message part (a running countdown, the newest message); the status bar shows it on its left. */
    public HBox statusMessages() {
        return statusMessages;
    }
}
