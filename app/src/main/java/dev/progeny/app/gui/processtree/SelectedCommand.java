package dev.progeny.app.gui.processtree;

import dev.progeny.app.gui.common.Selection;
import dev.progeny.app.gui.common.ShellQuote;
import dev.progeny.probes.ProcessInfo;
import java.util.List;
import java.util.Optional;

/**
 * The selected row's command line as the tree shows it, quoted for a shell (a launch's root read
 * as the cgroup wrapper shows its launch's argv; a header without a seen process, the launch's).
 * Pure.
 */
public final class SelectedCommand {
    private SelectedCommand() {
    }

    /** The argv, empty when unreadable. */
    public static List<String> argv(Selection sel) {
        Optional<ProcessInfo> p = sel.process();
        if (p.isEmpty()) {
            return sel.launch().map(l -> l.spec().argv()).orElse(List.of());
        }
        return sel.launch().filter(l -> l.root().equals(p.get().key()))
                .map(l -> RootArgv.shown(p.get(), l.spec().argv())).orElse(p.get().argv());
    }

    /** The command line for the clipboard or the details pane; empty when unreadable. */
    public static String of(Selection sel) {
        List<String> argv = argv(sel);
        return argv.isEmpty() ? "" : ShellQuote.join(argv);
    }
}
