package dev.progeny.app.gui.output;

import dev.progeny.app.gui.Shortcuts;
import dev.progeny.app.gui.common.WholeText;
import dev.progeny.app.gui.processtree.LaunchLabel;
import dev.progeny.probes.launch.Launch;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The "Output" tab: a launch chooser, its exit status, a search over its whole output, Save, the
 * notice of earlier lines the window does not hold, and the lines (select several and copy). A
 * JavaFX node: build and touch it on the FX thread. Every OS.
 */
public final class OutputView extends BorderPane {
    private final OutputsViewModel model;
    private final ListView<OutputLine> list = new ListView<>();
    private final Label status = new Label();
    private final Label notice = new Label();
    private final Label placeholder = new Label();
    private final Label found = new Label();
    private final TextField search = new TextField();
    private final CheckBox follow = new CheckBox("Follow");
    private final HBox earlier;
    private final Label earlierText = new Label();
    private final ListChangeListener<OutputLine> autoScroll = c -> scrollToEndIfFollowing();
    private OutputViewModel current;

    public OutputView(OutputsViewModel model, Runnable save) {
        this.model = model;
        getStyleClass().add(OutputStyles.PANE);
        getStylesheets().add(Objects.requireNonNull(getClass().getResource(OutputStyles.STYLESHEET)).toExternalForm());

        ComboBox<Launch> chooser = new ComboBox<>(model.state().launches());
        chooser.setId(OutputStyles.CHOOSER_ID);
        chooser.setConverter(new LaunchNames());
        chooser.setPromptText("no launch yet");
        chooser.setMaxWidth(220);
        // Narrow, the name shrinks before anything else ("#1  sh -c ma…"); the tooltip has it whole.
        chooser.setMinWidth(110);
        WholeText.showWhole(chooser, Bindings.createStringBinding(() -> chooser.getConverter().toString(chooser.getValue()),
                chooser.valueProperty()));
        chooser.setOnAction(e -> model.show(chooser.getValue()));
        status.setId(OutputStyles.STATUS_ID);
        status.setMinWidth(60);
        WholeText.showWhole(status, status.textProperty());
        search.setId(OutputStyles.SEARCH_ID);
        search.setPromptText("Search all output");
        search.setTooltip(new Tooltip("Every line of the launch, earlier ones too (Ctrl+Shift+F; Enter or F3: next)"));
        search.setPrefColumnCount(14);
        search.setMinWidth(120);
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setOnAction(e -> next(true));
        found.setId(OutputStyles.FOUND_ID);
        found.setMinWidth(Region.USE_PREF_SIZE);
        Button previous = new Button("\u25B2");
        previous.setId(OutputStyles.PREVIOUS_ID);
        previous.setTooltip(new Tooltip("Previous match (Shift+F3)"));
        previous.setAccessibleText("Previous match");
        previous.setOnAction(e -> next(false));
        Button next = new Button("\u25BC");
        next.setId(OutputStyles.NEXT_ID);
        next.setTooltip(new Tooltip("Next match (Enter, F3)"));
        next.setAccessibleText("Next match");
        next.setOnAction(e -> next(true));
        Button saveButton = new Button("Save\u2026");
        saveButton.setId(OutputStyles.SAVE_ID);
        saveButton.setTooltip(new Tooltip("Save this launch's whole output to a file (Ctrl+S)"));
        saveButton.setOnAction(e -> save.run());
        follow.setId(OutputStyles.FOLLOW_ID);
        follow.setTooltip(new Tooltip("Keep the newest line in view (End)"));
        follow.setSelected(true);
        HBox searching = new HBox(6, search, found, previous, next);
        searching.setAlignment(Pos.CENTER_LEFT);
        for (Region fixed : List.of(previous, next, follow, saveButton)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        OutputBar bar = new OutputBar(List.of(chooser, status), searching, List.of(follow, saveButton));

        notice.setId(OutputStyles.NOTICE_ID);
        notice.getStyleClass().add(OutputStyles.NOTICE);
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());
        notice.visibleProperty().bind(notice.managedProperty());
        Button live = new Button("Back to the newest lines");
        live.setOnAction(e -> {
            if (current != null) {
                current.search().backToLive();
            }
        });
        earlier = new HBox(8, earlierText, live);
        earlier.setId(OutputStyles.EARLIER_ID);
        earlier.getStyleClass().add(OutputStyles.NOTICE);
        earlier.setAlignment(Pos.CENTER_LEFT);
        earlier.setVisible(false);
        earlier.setManaged(false);
        setTop(new VBox(bar, notice, earlier));

        list.setId(OutputStyles.LIST_ID);
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(v -> new OutputLineCell(this::isMatch));
        placeholder.setId(OutputStyles.PLACEHOLDER_ID);
        placeholder.setWrapText(true);
        list.setPlaceholder(placeholder);
        // F3 and Shift+F3 wherever the focus is in the pane (search field or lines).
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (Shortcuts.NEXT_MATCH.match(e) || Shortcuts.PREVIOUS_MATCH.match(e)) {
                next(Shortcuts.NEXT_MATCH.match(e));
                e.consume();
            }
        });
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (Shortcuts.COPY_LINES.match(e)) {
                copySelected();
                e.consume();
            } else if (e.getCode() == KeyCode.END) {
                follow.setSelected(true);
            }
        });
        MenuItem copy = new MenuItem("Copy lines");
        copy.setAccelerator(Shortcuts.COPY_LINES);
        copy.setOnAction(e -> copySelected());
        MenuItem all = new MenuItem("Select all");
        all.setOnAction(e -> list.getSelectionModel().selectAll());
        list.setContextMenu(new ContextMenu(copy, all));
        setCenter(list);

        model.shownProperty().addListener((obs, old, now) -> {
            show(now);
            chooser.setValue(now == null ? null : now.launch());
        });
        show(model.shownProperty().get());
    }

    private void show(OutputViewModel output) {
        if (current != null) {
            current.lines().removeListener(autoScroll);
            search.textProperty().unbindBidirectional(current.search().queryProperty());
            status.textProperty().unbind();
            notice.textProperty().unbind();
            found.textProperty().unbind();
            placeholder.textProperty().unbind();
        }
        current = output;
        if (output == null) {
            list.setItems(FXCollections.observableArrayList());
            status.setText("");
            notice.setText("");
            found.setText("");
            placeholder.setText("Launch a command to see its output here.");
            return;
        }
        list.setItems(output.lines());
        output.lines().addListener(autoScroll);
        search.textProperty().bindBidirectional(output.search().queryProperty());
        status.textProperty().bind(output.statusProperty());
        notice.textProperty().bind(output.dropNoticeProperty());
        found.textProperty().bind(output.search().summaryProperty());
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> output.statusProperty().get().equals("running")
                ? "No output yet: the launch is running and has written nothing to stdout or stderr."
                : "The launch " + output.statusProperty().get() + " without writing anything.", output.statusProperty()));
        output.search().pageProperty().addListener((obs, old, page) -> showPage(output, page));
        output.search().currentProperty().addListener((obs, old, line) -> select(output, line));
        scrollToEndIfFollowing();
    }

    private void showPage(OutputViewModel output, OutputSearch.Page page) {
        if (output != current) {
            return;
        }
        earlier.setVisible(page != null);
        earlier.setManaged(page != null);
        if (page == null) {
            list.setItems(output.lines());
            scrollToEndIfFollowing();
        } else {
            follow.setSelected(false);
            list.setItems(FXCollections.observableArrayList(page.lines()));
            earlierText.setText(String.format("Earlier output: lines %,d\u2013%,d of the spill file (the window holds lines from %,d on)",
                    page.first() + 1, page.first() + page.lines().size(), output.firstLineProperty().get() + 1));
        }
    }

    private void select(OutputViewModel output, Long line) {
        if (output != current || line == null) {
            return;
        }
        OutputSearch.Page page = output.search().pageProperty().get();
        long base = page == null ? output.firstLineProperty().get() : page.first();
        int index = (int) (line - base);
        if (index >= 0 && index < list.getItems().size()) {
            follow.setSelected(false);
            list.scrollTo(Math.max(0, index - 3));
            list.getSelectionModel().clearAndSelect(index);
        }
        list.refresh();
    }

    private boolean isMatch(int index) {
        if (current == null || index < 0) {
            return false;
        }
        OutputSearch.Page page = current.search().pageProperty().get();
        long base = page == null ? current.firstLineProperty().get() : page.first();
        return current.search().isMatch(base + index);
    }

    private void next(boolean forward) {
        if (current != null) {
            boolean moved = forward ? current.search().next() : current.search().previous();
            if (!moved) {
                list.refresh();
            }
        }
    }

    private void copySelected() {
        String text = list.getSelectionModel().getSelectedItems().stream().map(OutputLine::text)
                .collect(Collectors.joining("\n"));
        if (!text.isEmpty()) {
            Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, text));
        }
    }

    private void scrollToEndIfFollowing() {
        if (follow.isSelected() && !list.getItems().isEmpty()) {
            list.scrollTo(list.getItems().size() - 1);
        }
    }

    /** The caret goes to the search field with its text selected, so typing replaces the last query. */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** The shown launch's output, or null. */
    public OutputViewModel current() {
        return current;
    }

    /** "#2  sh -c make test" in the chooser. */
    private final class LaunchNames extends StringConverter<Launch> {
        @Override
        public String toString(Launch launch) {
            return launch == null ? "" : "#" + (model.state().launches().indexOf(launch) + 1) + "  " + LaunchLabel.of(launch.spec());
        }

        @Override
        public Launch fromString(String text) {
            return null;
        }
    }
}
