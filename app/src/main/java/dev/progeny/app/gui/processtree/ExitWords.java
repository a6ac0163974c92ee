package dev.progeny.app.gui.processtree;

import dev.progeny.probes.SignalTable;
import dev.progeny.probes.events.LaunchHistory;
import dev.progeny.probes.events.Outcomes;
import dev.progeny.probes.launch.ExitStatus;
import java.util.Locale;
import java.util.Optional;

/**
 * How the window words what the history knows of ended processes: one exit ("exit 0", "exit 3",
 * "killed (KILL)", "exited" when unknown) and a launch's tally ("1,234 ran · 3 failed · 1 killed").
 * Pure; every OS.
 */
public final class ExitWords {
    private ExitWords() {
    }

    /** One process's end; plain "exited" when the source could not tell how. */
    public static String of(Optional<ExitStatus> status, SignalTable signals) {
        return switch (status.orElse(null)) {
            case ExitStatus.Exited e -> "exit " + e.code();
            case ExitStatus.Killed k -> "killed (" + signals.signal(k.signal()).map(Enum::name)
                    .orElse(Integer.toString(k.signal())) + ")" + (k.coreDumped() ? ", core dumped" : "");
            case ExitStatus.Unknown u -> "exited";
            case null -> "exited";
        };
    }

    /** "1,234 ran · 3 failed · 1 killed", and how many of them were summarised when the cap was reached. */
    public static String tally(LaunchHistory launch) {
        Outcomes ended = launch.outcomes();
        String text = String.format(Locale.US, "%,d ran · %,d failed · %,d killed", launch.started(), ended.failed(),
                ended.killed());
        int summarised = launch.summarised().total();
        return summarised == 0 ? text : text + String.format(Locale.US, " (%,d oldest summarised)", summarised);
    }
}
