package dev.progeny.app.gui.testing;

import dev.progeny.app.gui.processtree.ProcessRow;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TreeTableView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Reads the live scene graph on the FX thread. A lookup from the test thread walks children
 * lists that a refresh may be changing at that moment (an IndexOutOfBoundsException, or a cell
 * missed while the tree re-lays out its rows).
 */
public final class FxQueries {
    private FxQueries() {
    }

    public static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    /** The visible tree cells that show {@code pid} in the PID column. */
    public static List<Node> pidCells(FxRobot robot, int pid) throws Exception {
        String text = Integer.toString(pid);
        return onFx(() -> List.copyOf(robot.lookup(".number-cell")
                .match(n -> n instanceof Labeled l && n.isVisible() && text.equals(l.getText())).queryAll()));
    }

    /** Scrolls the process tree to {@code pid}'s row (not a launch header); false while the tree has no such row. */
    public static boolean reveal(FxRobot robot, int pid) throws Exception {
        return onFx(() -> {
            TreeTableView<?> tree = robot.lookup("#process-tree").queryAs(TreeTableView.class);
            for (int i = 0; i < tree.getExpandedItemCount(); i++) {
                if (tree.getTreeItem(i).getValue() instanceof ProcessRow row && !row.data().isLaunch()
                        && row.data().process() != null && row.data().process().pid() == pid) {
                    tree.scrollTo(i);
                    return true;
                }
            }
            return false;
        });
    }
}
