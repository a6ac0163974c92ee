package dev.progeny.app.gui.archfixture;

import dev.progeny.probes.posix.PosixLibc;

/** Breaks the rule on purpose: a view that calls native code (see ArchitectureTest). */
public final class BreakingView {
    public int pid() {
        return PosixLibc.INSTANCE.getpid();
    }
}
