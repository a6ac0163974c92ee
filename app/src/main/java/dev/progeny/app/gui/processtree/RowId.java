package dev.progeny.app.gui.processtree;

import dev.progeny.probes.ProcessKey;

/**
 * The identity of one row: a process (pid and start time) within a scope (the launch whose
 * family shows it, or the system view), or the header row of a launch. Immutable.
 *
 * @param scope   the launch id, {@link #UNCLAIMED}, or {@link #SYSTEM} in the whole-system view
 * @param process the process, or {@code null} for a launch's header row
 */
public record RowId(String scope, ProcessKey process) {
    public static final String SYSTEM = "";
    /** The scope of the orphans Progeny adopted that no launch can prove its own (no launch id looks like this). */
    public static final String UNCLAIMED = "(unclaimed)";

    public static RowId launch(String launchId) {
        return new RowId(launchId, null);
    }

    public static RowId process(String scope, ProcessKey key) {
        return new RowId(scope, key);
    }

    public boolean isLaunch() {
        return process == null;
    }
}
