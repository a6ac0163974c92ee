package dev.progeny.app.gui.output;

import dev.progeny.app.gui.processtree.LaunchLabel;
import dev.progeny.probes.launch.Launch;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/**
 * The "Output" tab: a launch chooser, its exit status, a search, and the live lines. A JavaFX node:
 * build and touch it on the FX thread. Every OS.
 */
public final class OutputView extends BorderPane {
    private final OutputsViewModel model;
    private final ListView<OutputLine> list = new ListView<>();
    private final Label status = new Label();
    private final Label matchCount = new Label();
    private final TextField search = new TextField();
    private final CheckBox follow = new CheckBox("Follow");
    private final Set<Integer> matchSet = new HashSet<>();
    private final ListChangeListener<OutputLine> autoScroll = c -> scrollToEndIfFollowing();
    private final ListChangeListener<Integer> matchesChanged = c -> refreshMatches();
    private OutputViewModel current;

    public OutputView(OutputsViewModel model) {
        this.model = model;
        getStyleClass().add(OutputStyles.PANE);
        getStylesheets().add(Objects.requireNonNull(getClass().getResource(OutputStyles.STYLESHEET)).toExternalForm());

        ComboBox<Launch> chooser = new ComboBox<>(model.state().launches());
        chooser.setId(OutputStyles.CHOOSER_ID);
        chooser.setConverter(new LaunchNames());
        chooser.setPromptText("no launch yet");
        chooser.setOnAction(e -> model.show(chooser.getValue()));
        status.setId(OutputStyles.STATUS_ID);
        search.setId(OutputStyles.SEARCH_ID);
        search.setPromptText("Search output");
        search.setOnAction(e -> jump(current == null ? -1 : current.nextMatch()));
        Button previous = new Button("\u25B2");
        previous.setOnAction(e -> jump(current == null ? -1 : current.previousMatch()));
        Button next = new Button("\u25BC");
        next.setOnAction(e -> jump(current == null ? -1 : current.nextMatch()));
        follow.setSelected(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(6, chooser, status, gap, search, matchCount, previous, next, follow);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(OutputStyles.BAR);
        setTop(bar);

        list.setId(OutputStyles.LIST_ID);
        list.setCellFactory(v -> new OutputLineCell(matchSet::contains));
        list.setPlaceholder(new Label("Launch a command to see its output here."));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.END) {
                follow.setSelected(true);
            }
        });
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
            current.matches().removeListener(matchesChanged);
            search.textProperty().unbindBidirectional(current.queryProperty());
            status.textProperty().unbind();
            matchCount.textProperty().unbind();
        }
        current = output;
        if (output == null) {
            list.setItems(FXCollections.observableArrayList());
            status.setText("");
            return;
        }
        list.setItems(output.lines());
        output.lines().addListener(autoScroll);
        output.matches().addListener(matchesChanged);
        search.textProperty().bindBidirectional(output.queryProperty());
        status.textProperty().bind(output.statusProperty());
        matchCount.textProperty().bind(Bindings.createStringBinding(() -> output.matches().isEmpty() ? ""
                : (output.currentMatchProperty().get() + 1) + "/" + output.matches().size(),
                output.matches(), output.currentMatchProperty()));
        refreshMatches();
        scrollToEndIfFollowing();
    }

    private void refreshMatches() {
        matchSet.clear();
        if (current != null) {
            matchSet.addAll(current.matches());
        }
        list.refresh();
    }

    private void jump(int line) {
        if (line >= 0) {
            follow.setSelected(false);
            list.scrollTo(line);
            list.getSelectionModel().select(line);
        }
    }

    private void scrollToEndIfFollowing() {
        if (follow.isSelected() && !list.getItems().isEmpty()) {
            list.scrollTo(list.getItems().size() - 1);
        }
    }

    /** "#2  sh -c make test" in the chooser. */
    private final class LaunchNames extends StringConverter<Launch> {
        @Override
        public String toString(Launch launch) {
            return launch == null ? "" : "#" + (model.state().launches().indexOf(launch) + 1) + "  "
                    + LaunchLabel.of(launch.spec());
        }

        @Override
        public Launch fromString(String text) {
            return null;
        }
    }
}
