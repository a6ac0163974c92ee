package dev.progeny.app.gui.processtree;

import dev.progeny.probes.ProcessInfo;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import javafx.css.PseudoClass;

/**
 * The PGID or SID column: the id, marked when this process leads its group (●) or session (◆);
 * the PGID cell also carries its group's colour stripe. FX thread only.
 */
final class LeaderCell extends TextCell {
    private final Predicate<ProcessInfo> leads;
    private final boolean stripe;
    private PseudoClass stripeClass;

    LeaderCell(ToIntFunction<ProcessInfo> id, Predicate<ProcessInfo> leads, String mark, boolean stripe) {
        super(d -> d.process() == null ? "" : (leads.test(d.process()) ? mark + " " : "") + id.applyAsInt(d.process()), true);
        this.leads = leads;
        this.stripe = stripe;
        getStyleClass().add(ProcessTreeStyles.GROUP_CELL);
    }

    @Override
    protected void updateItem(RowData data, boolean empty) {
        super.updateItem(data, empty);
        ProcessInfo p = empty || data == null ? null : data.process();
        pseudoClassStateChanged(ProcessTreeStyles.LEADER, p != null && leads.test(p));
        PseudoClass next = stripe && p != null ? ProcessTreeStyles.stripeFor(p.pgid()) : null;
        if (next != stripeClass) {
            if (stripeClass != null) {
                pseudoClassStateChanged(stripeClass, false);
            }
            if (next != null) {
                pseudoClassStateChanged(next, true);
            }
            stripeClass = next;
        }
    }
}
