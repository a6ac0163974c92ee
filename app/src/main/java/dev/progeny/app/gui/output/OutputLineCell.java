package dev.progeny.app.gui.output;

import java.util.function.IntPredicate;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;

/** One output line; stderr lines carry a style class and an "err" mark, matches a pseudo-class. */
final class OutputLineCell extends ListCell<OutputLine> {
    private static final PseudoClass MATCH = PseudoClass.getPseudoClass(OutputStyles.MATCH);

    private final Label mark = new Label("err");
    private final IntPredicate isMatch;

    OutputLineCell(IntPredicate isMatch) {
        this.isMatch = isMatch;
        getStyleClass().add(OutputStyles.LINE);
        mark.getStyleClass().add(OutputStyles.STDERR_MARK);
    }

    @Override
    protected void updateItem(OutputLine line, boolean empty) {
        super.updateItem(line, empty);
        getStyleClass().remove(OutputStyles.STDERR);
        if (empty || line == null) {
            setText(null);
            setGraphic(null);
            pseudoClassStateChanged(MATCH, false);
            return;
        }
        setText(line.text());
        setGraphic(line.isError() ? mark : null);
        if (line.isError()) {
            getStyleClass().add(OutputStyles.STDERR);
        }
        pseudoClassStateChanged(MATCH, isMatch.test(getIndex()));
    }
}
