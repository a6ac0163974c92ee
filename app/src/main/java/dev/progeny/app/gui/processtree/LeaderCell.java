package dev.progeny.app.gui.processtree;

import dev.progeny.probes.ProcessInfo;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * The PGID or SID column: the id, marked when this process leads its group (●) or session (◆);
 * the PGID cell also carries its group's colour stripe, one per group on screen. FX thread only.
 */
final class LeaderCell extends TextCell {
    private final Predicate<ProcessInfo> leads;
    private final GroupColours stripes;
    /** The group whose stripe this cell shows, or -1. */
    private int shownGroup = -1;
    private int colour = -1;

    /** @param stripes the stripes' allocator, or null for no stripe (the SID column) */
    LeaderCell(ToIntFunction<ProcessInfo> id, Predicate<ProcessInfo> leads, String mark, GroupColours stripes) {
        super(d -> d.process() == null ? "" : (leads.test(d.process()) ? mark + " " : "") + id.applyAsInt(d.process()), true);
        this.leads = leads;
        this.stripes = stripes;
        getStyleClass().add(ProcessTreeStyles.GROUP_CELL);
    }

    @Override
    protected void updateItem(RowData data, boolean empty) {
        super.updateItem(data, empty);
        ProcessInfo p = empty || data == null ? null : data.process();
        pseudoClassStateChanged(ProcessTreeStyles.LEADER, p != null && leads.test(p));
        int group = stripes != null && p != null ? p.pgid() : -1;
        if (group != shownGroup) {
            if (shownGroup >= 0) {
                stripes.hide(shownGroup);
            }
            shownGroup = group;
            setColour(group >= 0 ? stripes.show(group) : -1);
        }
    }

    private void setColour(int next) {
        if (next != colour) {
            if (colour >= 0) {
                pseudoClassStateChanged(ProcessTreeStyles.GROUP_STRIPES.get(colour), false);
            }
            if (next >= 0) {
                pseudoClassStateChanged(ProcessTreeStyles.GROUP_STRIPES.get(next), true);
            }
            colour = next;
        }
    }
}
