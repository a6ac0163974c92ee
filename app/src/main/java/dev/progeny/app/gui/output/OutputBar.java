package dev.progeny.app.gui.output;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Output tab's tool bar: the launch and its status on the left, the search, then Follow and
 * Save on the right. One row while the tab is wide enough for every part at its preferred width;
 * narrower, the search takes a second row where its field gets the width (at the window's 800-pixel
 * minimum the tab, beside the messages, is about 400 pixels wide). FX thread only; every OS.
 */
final class OutputBar extends VBox {
    private static final double GAP = 6;
    private final HBox first = new HBox(GAP);
    private final HBox second = new HBox(GAP);
    private final Region spring = new Region();
    private final HBox search;

    OutputBar(List<Node> lead, HBox search, List<Node> tail) {
        this.search = search;
        getStyleClass().add(OutputStyles.BAR);
        HBox.setHgrow(spring, Priority.ALWAYS);
        first.getChildren().addAll(lead);
        first.getChildren().addAll(spring, search);
        first.getChildren().addAll(tail);
        for (HBox row : List.of(first, second)) {
            row.setAlignment(Pos.CENTER_LEFT);
        }
        second.setManaged(false);
        second.setVisible(false);
        getChildren().setAll(first, second);
    }

    /** Whether the search shares the first row (the tab is wide enough). */
    boolean oneRow() {
        return first.getChildren().contains(search);
    }

    // Decided from preferred widths, which do not depend on the row a part is in: no flip-flop.
    @Override
    protected void layoutChildren() {
        boolean fits = getWidth() >= oneRowWidth();
        if (fits != oneRow()) {
            if (fits) {
                second.getChildren().clear();
                first.getChildren().add(first.getChildren().indexOf(spring) + 1, search);
            } else {
                first.getChildren().remove(search);
                second.getChildren().add(search);
            }
            HBox.setHgrow(search, fits ? null : Priority.ALWAYS);
            second.setManaged(!fits);
            second.setVisible(!fits);
        }
        super.layoutChildren();
    }

    /** The width of every part side by side, whichever row the search is in now. */
    private double oneRowWidth() {
        double width = snappedLeftInset() + snappedRightInset() + first.snappedLeftInset() + first.snappedRightInset();
        for (Node part : first.getChildren()) {
            width += pref(part) + GAP;
        }
        // n parts have n - 1 gaps; on the second row, the search's gap is counted already.
        return oneRow() ? width - GAP : width + pref(search);
    }

    /** As HBox takes it: the preferred width within the part's minimum and maximum. */
    private double pref(Node part) {
        return snapSizeX(Math.max(part.minWidth(-1), Math.min(part.prefWidth(-1), part.maxWidth(-1))));
    }
}
