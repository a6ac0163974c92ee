package dev.progeny.app.gui.processtree;

import java.util.List;
import java.util.stream.IntStream;
import javafx.css.PseudoClass;

/** CSS names of the process tree (see {@code processtree.css} beside this class). Constants; any thread. */
public final class ProcessTreeStyles {
    public static final String STYLESHEET = "processtree.css";
    public static final String TREE = "process-tree";
    public static final String BADGE = "badge";
    public static final String NAME_CELL = "name-cell";
    public static final String GROUP_CELL = "group-cell";
    public static final String NUMBER_CELL = "number-cell";

    public static final PseudoClass LAUNCH = PseudoClass.getPseudoClass("launch");
    public static final PseudoClass FRESH = PseudoClass.getPseudoClass("fresh");
    public static final PseudoClass EXITED = PseudoClass.getPseudoClass("exited");
    public static final PseudoClass ZOMBIE = PseudoClass.getPseudoClass("zombie");
    public static final PseudoClass STOPPED = PseudoClass.getPseudoClass("stopped");
    public static final PseudoClass ORPHAN = PseudoClass.getPseudoClass("orphan");
    public static final PseudoClass ESCAPEE = PseudoClass.getPseudoClass("escapee");
    public static final PseudoClass LEADER = PseudoClass.getPseudoClass("leader");

    /** Process-group stripes: {@code group-0} .. {@code group-9}, handed out by {@link GroupColours}. */
    public static final List<PseudoClass> GROUP_STRIPES = IntStream.range(0, 10)
            .mapToObj(i -> PseudoClass.getPseudoClass("group-" + i)).toList();

    public static final String GROUP_LEADER_MARK = "●";
    public static final String SESSION_LEADER_MARK = "◆";

    private ProcessTreeStyles() {
    }
}
