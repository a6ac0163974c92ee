package dev.progeny.app.gui.processtree;

import dev.progeny.probes.ProcessState;

/** The state column's words, one per {@link ProcessState}; the details pane says the same. Pure. */
public final class StateWords {
    private StateWords() {
    }

    public static String of(ProcessState state) {
        return switch (state) {
            case RUNNING -> "running";
            case SLEEPING -> "sleeping";
            case DISK_SLEEP -> "disk sleep";
            case STOPPED -> "stopped";
            case TRACED -> "traced";
            case ZOMBIE -> "zombie";
            case DEAD -> "dead";
            case IDLE -> "idle";
            case UNKNOWN -> "unknown";
        };
    }
}
