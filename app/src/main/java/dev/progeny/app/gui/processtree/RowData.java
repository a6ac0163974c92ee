package dev.progeny.app.gui.processtree;

import dev.progeny.probes.ProcessInfo;
import java.util.EnumSet;
import java.util.Set;

/**
 * Everything one row shows, computed off the FX thread; the tree replaces a row's data only
 * when it differs. Immutable.
 *
 * @param id          the row
 * @param process     the process (for a launch header: its launched process, when seen)
 * @param name        the name column: the process name, or the launch's command
 * @param user        the owner's user name (or uid when it has no name)
 * @param cpuPercent  CPU use since the previous snapshot, in percent of one core
 * @param badges      marks shown beside the name
 * @param status      the state column: a state word, or the launch's running/exit status
 * @param command     the command line, quoted as a shell would need it
 */
public record RowData(RowId id, ProcessInfo process, String name, String user, double cpuPercent,
                      Set<Badge> badges, String status, String command) {

    public RowData {
        badges = badges.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(badges));
    }

    public boolean isLaunch() {
        return id.isLaunch();
    }

    public boolean has(Badge badge) {
        return badges.contains(badge);
    }

    /**
     * This row as a tombstone: the process is gone (a zombie among them: it was reaped), its last
     * data stays for a moment with {@code how} it ended. It keeps its lineage marks, never a state
     * mark beside "exited".
     */
    public RowData exited(String how) {
        EnumSet<Badge> marks = EnumSet.of(Badge.EXITED);
        for (Badge b : badges) {
            if (b == Badge.ORPHAN || b == Badge.ESCAPEE) {
                marks.add(b);
            }
        }
        return new RowData(id, process, name, user, 0, marks, isLaunch() ? status : how, command);
    }
}
