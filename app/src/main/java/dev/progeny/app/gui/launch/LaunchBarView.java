package dev.progeny.app.gui.launch;

import dev.progeny.app.gui.Shortcuts;
import dev.progeny.app.gui.limits.LimitsMenuButton;
import dev.progeny.probes.launch.Isolation;
import java.io.File;
import java.nio.file.Path;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.DirectoryChooser;

/**
 * The launch bar, one row: command with history (it takes all the spare width), shell or argv,
 * directory, the launch options (group or session, merged stderr, Record), limits, Launch. A failed launch marks
 * the field; its message goes to the notification area, so the bar never changes height. A JavaFX
 * node: build and touch it on the FX thread. Every OS.
 */
public final class LaunchBarView extends HBox {
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final double COMMAND_MIN_WIDTH = 160;

    private final ComboBox<String> command = new ComboBox<>();

    public LaunchBarView(LaunchBarViewModel model) {
        super(6);
        getStyleClass().add(LaunchBarStyles.BAR);
        getStylesheets().add(Objects.requireNonNull(getClass().getResource(LaunchBarStyles.STYLESHEET)).toExternalForm());
        setAlignment(Pos.CENTER_LEFT);

        command.setId(LaunchBarStyles.COMMAND_ID);
        command.setEditable(true);
        command.setItems(model.history());
        command.setPromptText("Command, e.g. make -j4 test   (Ctrl+L)");
        command.setMaxWidth(Double.MAX_VALUE);
        command.setMinWidth(COMMAND_MIN_WIDTH);
        command.getEditor().textProperty().bindBidirectional(model.commandProperty());
        // Enter launches, unless the history list is open (then Enter picks an entry). The combo
        // box, not its editor, owns the focus and sees the key first.
        command.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (Shortcuts.LAUNCH.match(e) && !command.isShowing()) {
                e.consume();
                model.launch();
            }
        });
        model.errorProperty().addListener((obs, old, now) -> command.pseudoClassStateChanged(ERROR, !now.isEmpty()));
        Tooltip why = new Tooltip();
        why.textProperty().bind(model.errorProperty());
        command.tooltipProperty().bind(Bindings.when(model.errorProperty().isEmpty()).then((Tooltip) null).otherwise(why));
        HBox.setHgrow(command, Priority.ALWAYS);

        ChoiceBox<CommandMode> mode = new ChoiceBox<>();
        mode.setId(LaunchBarStyles.MODE_ID);
        mode.getItems().setAll(CommandMode.values());
        mode.valueProperty().bindBidirectional(model.modeProperty());
        mode.setTooltip(new Tooltip("sh -c: pipes and && work.  plain argv: split into words, no shell."));

        TextField directory = new TextField();
        directory.setId(LaunchBarStyles.DIRECTORY_ID);
        directory.setPromptText("working directory");
        directory.setPrefColumnCount(12);
        directory.setTooltip(new Tooltip("Where the command runs; empty for Progeny's own directory, ~ for home"));
        directory.textProperty().bindBidirectional(model.directoryProperty());
        directory.setOnAction(e -> model.launch());
        Button browse = new Button("\u2026");
        browse.setTooltip(new Tooltip("Choose the working directory"));
        browse.setOnAction(e -> chooseDirectory(model));

        LaunchOptions options = new LaunchOptions(model);

        Button launch = new Button("Launch");
        launch.setId(LaunchBarStyles.BUTTON_ID);
        launch.setDefaultButton(false);
        launch.disableProperty().bind(model.launchingProperty());
        launch.setOnAction(e -> model.launch());

        LimitsMenuButton limits = new LimitsMenuButton(model.limitsProperty(), model.recentLimits());
        Label run = new Label("Run");
        Label in = new Label("in");
        getChildren().addAll(run, command, mode, in, directory, browse, options, limits, launch);
        // Only the command field gives up width (down to a usable minimum); the rest keep their words.
        getChildren().stream().filter(n -> n != command && n != directory && n instanceof Region)
                .forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));
        directory.setMinWidth(80);
    }

    /** Ctrl+L (Cmd+L on macOS): the command field, its text selected for typing over. */
    public void focusCommand() {
        command.requestFocus();
        TextField editor = command.getEditor();
        editor.selectAll();
        // The focus change may move the caret after this; select again, unless keys typed since
        // have already replaced the text (under load, selecting then would eat what was typed).
        String before = editor.getText();
        Platform.runLater(() -> {
            if (Objects.equals(editor.getText(), before)) {
                editor.selectAll();
            }
        });
    }

    private void chooseDirectory(LaunchBarViewModel model) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Working directory");
        WorkingDirectory.parse(model.directoryProperty().get())
                .map(Path::toFile).filter(File::isDirectory)
                .ifPresent(chooser::setInitialDirectory);
        File chosen = chooser.showDialog(getScene() == null ? null : getScene().getWindow());
        if (chosen != null) {
            model.directoryProperty().set(chosen.getPath());
        }
    }

    /** "new group" / "new session", as the options menu names them. */
    static String label(Isolation isolation) {
        return isolation == Isolation.SESSION ? "new session" : "new group";
    }
}
