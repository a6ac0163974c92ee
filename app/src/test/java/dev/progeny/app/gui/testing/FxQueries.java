package dev.progeny.app.gui.testing;

import static org.awaitility.Awaitility.await;

import dev.progeny.app.gui.processtree.ProcessRow;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Reads the live scene graph on the FX thread. A lookup from the test thread walks children
 * lists that a refresh may be changing at that moment (an IndexOutOfBoundsException, or a cell
 * missed while the tree re-lays out its rows).
 */
public final class FxQueries {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private FxQueries() {
    }

    public static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    /** The visible tree cells that show {@code pid} in the PID column. */
    public static List<Node> pidCells(FxRobot robot, int pid) throws Exception {
        String text = Integer.toString(pid);
        return onFx(() -> List.copyOf(robot.lookup(".number-cell")
                .match(n -> n instanceof TreeTableCell<?, ?> c && n.isVisible() && text.equals(c.getText())
                        && c.getTableColumn() != null && "column-pid".equals(c.getTableColumn().getId()))
                .queryAll()));
    }

    /**
     * Clicks {@code pid}'s row until the tree has it selected: a refresh can move the rows between
     * finding the cell and the click (rows above come and go), and the click then lands on another.
     */
    public static void clickRow(FxRobot robot, int pid) {
        await().atMost(PATIENCE).until(() -> {
            if (!reveal(robot, pid) || pidCells(robot, pid).isEmpty()) {
                return false;
            }
            robot.clickOn(pidCells(robot, pid).getLast());
            return onFx(() -> robot.lookup("#process-tree").queryAs(TreeTableView.class).getSelectionModel()
                    .getSelectedItem() instanceof TreeItem<?> item && isRowOf(item.getValue(), pid));
        });
    }

    /** Scrolls the process tree to {@code pid}'s row (not a launch header); false while the tree has no such row. */
    public static boolean reveal(FxRobot robot, int pid) throws Exception {
        return onFx(() -> {
            TreeTableView<?> tree = robot.lookup("#process-tree").queryAs(TreeTableView.class);
            for (int i = 0; i < tree.getExpandedItemCount(); i++) {
                if (isRowOf(tree.getTreeItem(i).getValue(), pid)) {
                    tree.scrollTo(i);
                    return true;
                }
            }
            return false;
        });
    }

    /** Whether a tree item's value is {@code pid}'s process row (not a launch header). */
    private static boolean isRowOf(Object value, int pid) {
        return value instanceof ProcessRow row && !row.data().isLaunch() && row.data().process() != null
                && row.data().process().pid() == pid;
    }
}
