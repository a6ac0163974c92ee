package dev.progeny.app.gui.launch;

import dev.progeny.probes.launch.Isolation;
import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;

/**
 * The launch options in one menu button that names what is chosen ("new group", "new session ·
 * 2>&1"): a new process group or session, and stderr merged into stdout. FX thread only; every OS.
 */
final class LaunchOptions extends MenuButton {

    LaunchOptions(LaunchBarViewModel model) {
        setId(LaunchBarStyles.ISOLATION_ID);
        ToggleGroup group = new ToggleGroup();
        for (Isolation isolation : model.isolations()) {
            RadioMenuItem item = new RadioMenuItem(LaunchBarView.label(isolation));
            item.setId("isolation-" + isolation.name());
            item.setToggleGroup(group);
            item.setSelected(model.isolationProperty().get() == isolation);
            item.setOnAction(e -> model.isolationProperty().set(isolation));
            model.isolationProperty().addListener((obs, old, now) -> item.setSelected(now == isolation));
            getItems().add(item);
        }
        CheckMenuItem merge = new CheckMenuItem("Merge stderr into stdout (exact order, no \"err\" marks)");
        merge.setId(LaunchBarStyles.MERGE_ID);
        merge.selectedProperty().bindBidirectional(model.mergeStderrProperty());
        // Record lives here, not in the bar: at 800 px the command field keeps the room.
        CheckMenuItem record = new CheckMenuItem("Record (trace)");
        record.setId(LaunchBarStyles.RECORD_ID);
        record.selectedProperty().bindBidirectional(model.recordProperty());
        record.setDisable(model.recordUnavailable().isPresent());
        record.setText(model.recordUnavailable().map(reason -> "Record (trace): not here, " + reason)
                .orElse("Record (trace): every fork, exec and exit, with ptrace (Actions \u203A Stop recording lets a debugger attach)"));
        getItems().addAll(new SeparatorMenuItem(), merge, record);
        textProperty().bind(Bindings.createStringBinding(() -> LaunchBarView.label(model.isolationProperty().get())
                + (model.mergeStderrProperty().get() ? " \u00B7 2>&1" : "") + (model.recordProperty().get() ? " \u00B7 rec" : ""),
                model.isolationProperty(), model.mergeStderrProperty(), model.recordProperty()));
        setTooltip(new Tooltip(model.sessionUnavailable().map(why -> "No new session here: " + why + ". ")
                .orElse("") + "A new process group or session for the command; stdout and stderr apart (each line in "
                + "the order read) or merged (the exact order written)"));
    }
}
