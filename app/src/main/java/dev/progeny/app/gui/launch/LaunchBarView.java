package dev.progeny.app.gui.launch;

import dev.progeny.app.gui.Shortcuts;
import dev.progeny.app.gui.limits.LimitsMenuButton;
import dev.progeny.probes.launch.Isolation;
import java.io.File;
import java.nio.file.Path;
import java.util.Objects;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.util.StringConverter;

/**
 * The launch bar: command with history, shell or argv, directory, group or session, Record
 * (trace), Launch. A JavaFX
 * node: build and touch it on the FX thread. Every OS.
 */
public final class LaunchBarView extends VBox {
    private static final double COMMAND_PREF_WIDTH = 480;
    private static final double COMMAND_MIN_WIDTH = 160;

    private final ComboBox<String> command = new ComboBox<>();

    public LaunchBarView(LaunchBarViewModel model) {
        getStyleClass().add(LaunchBarStyles.BAR);
        getStylesheets().add(Objects.requireNonNull(getClass().getResource(LaunchBarStyles.STYLESHEET)).toExternalForm());

        command.setId(LaunchBarStyles.COMMAND_ID);
        command.setEditable(true);
        command.setItems(model.history());
        command.setPromptText("Command, e.g. make -j4 test   (Ctrl+L)");
        command.setMaxWidth(Double.MAX_VALUE);
        command.getEditor().textProperty().bindBidirectional(model.commandProperty());
        // Enter launches, unless the history list is open (then Enter picks an entry). The combo
        // box, not its editor, owns the focus and sees the key first.
        command.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (Shortcuts.LAUNCH.match(e) && !command.isShowing()) {
                e.consume();
                model.launch();
            }
        });
        HBox.setHgrow(command, Priority.ALWAYS);

        ChoiceBox<CommandMode> mode = new ChoiceBox<>();
        mode.setId(LaunchBarStyles.MODE_ID);
        mode.getItems().setAll(CommandMode.values());
        mode.valueProperty().bindBidirectional(model.modeProperty());
        mode.setTooltip(new Tooltip("sh -c: pipes and && work.  plain argv: split into words, no shell."));

        TextField directory = new TextField();
        directory.setId(LaunchBarStyles.DIRECTORY_ID);
        directory.setPromptText("working directory");
        directory.setPrefColumnCount(16);
        directory.textProperty().bindBidirectional(model.directoryProperty());
        directory.setOnAction(e -> model.launch());
        Button browse = new Button("…");
        browse.setTooltip(new Tooltip("Choose the working directory"));
        browse.setOnAction(e -> chooseDirectory(model));

        ChoiceBox<Isolation> isolation = new ChoiceBox<>();
        isolation.setId(LaunchBarStyles.ISOLATION_ID);
        isolation.getItems().setAll(model.isolations());
        model.sessionUnavailable().ifPresent(why -> isolation.setTooltip(new Tooltip("No new session here: " + why)));
        isolation.setConverter(new IsolationLabels());
        isolation.valueProperty().bindBidirectional(model.isolationProperty());

        CheckBox record = new CheckBox("Record (trace)");
        record.setId(LaunchBarStyles.RECORD_ID);
        record.selectedProperty().bindBidirectional(model.recordProperty());
        record.setDisable(model.recordUnavailable().isPresent());
        record.setTooltip(new Tooltip(model.recordUnavailable().map(why -> "Not here: " + why).orElse(
                "Record every fork, exec and exit of this launch with ptrace, without root. "
                        + "A debugger can attach only after Actions › Stop recording.")));

        Button launch = new Button("Launch");
        launch.setId(LaunchBarStyles.BUTTON_ID);
        launch.disableProperty().bind(model.launchingProperty());
        launch.setOnAction(e -> model.launch());

        LimitsMenuButton limits = new LimitsMenuButton(model.limitsProperty(), model.recentLimits());
        HBox row = new HBox(6, new Label("Run"), command, mode, new Label("in"), directory, browse, isolation, limits, record, launch);
        row.setAlignment(Pos.CENTER_LEFT);
        // A long command must not squeeze the labels and choices next to it into "…": only the
        // command field gives up width, down to a usable minimum.
        command.setPrefWidth(COMMAND_PREF_WIDTH);
        command.setMinWidth(COMMAND_MIN_WIDTH);
        row.getChildren().stream().filter(n -> n != command && n instanceof Region)
                .forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));

        Label error = new Label();
        error.setId(LaunchBarStyles.ERROR_ID);
        error.getStyleClass().add(LaunchBarStyles.ERROR);
        error.setWrapText(true);
        // Not colour alone: the error line also starts with a warning sign.
        error.setGraphic(new Label("\u26A0"));
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        getChildren().addAll(row, error);
    }

    /** Installs Ctrl+L (Cmd+L on macOS) on the window's scene. */
    public void installShortcuts(Scene scene) {
        scene.getAccelerators().put(Shortcuts.FOCUS_COMMAND, this::focusCommand);
    }

    public void focusCommand() {
        command.requestFocus();
        Platform.runLater(() -> command.getEditor().selectAll());
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

    private static final class IsolationLabels extends StringConverter<Isolation> {
        @Override
        public String toString(Isolation isolation) {
            return isolation == Isolation.SESSION ? "new session" : "new group";
        }

        @Override
        public Isolation fromString(String text) {
            return "new session".equals(text) ? Isolation.SESSION : Isolation.PROCESS_GROUP;
        }
    }
}
