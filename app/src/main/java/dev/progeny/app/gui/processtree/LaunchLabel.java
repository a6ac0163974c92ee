package dev.progeny.app.gui.processtree;

import dev.progeny.app.gui.common.ShellQuote;
import dev.progeny.probes.launch.LaunchSpec;
import java.util.List;

/** How a launch is named in the window: the command as typed. Pure. */
public final class LaunchLabel {
    private LaunchLabel() {
    }

    /** The script of {@code sh -c script} as typed, otherwise the argv quoted as a shell would need it. */
    public static String of(LaunchSpec spec) {
        List<String> argv = spec.argv();
        if (argv.size() == 3 && argv.get(0).endsWith("sh") && argv.get(1).equals("-c")) {
            return argv.get(2);
        }
        return ShellQuote.join(argv);
    }
}
