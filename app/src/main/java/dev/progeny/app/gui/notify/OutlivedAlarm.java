package dev.progeny.app.gui.notify;

import dev.progeny.app.gui.common.ShellQuote;
import dev.progeny.app.gui.processtree.LaunchLabel;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.launch.Launch;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A launch whose command has ended while members of its family are still alive. Immutable.
 *
 * @param launch    the launch
 * @param survivors its live members (as of the last check)
 */
public record OutlivedAlarm(Launch launch, List<ProcessInfo> survivors) {
    /** How many survivors a message names. */
    private static final int NAMED = 3;

    public OutlivedAlarm {
        survivors = List.copyOf(survivors);
    }

    /** The key of the alarm's notice, which later checks replace. */
    public String key() {
        return "outlived:" + launch.id();
    }

    /** E.g. "2 processes outlived launch 41-3 (sh -c ...): sleep 1234, sleep 1235". */
    public String message() {
        String names = survivors.stream().limit(NAMED).map(p -> p.name() + " " + p.pid())
                .collect(Collectors.joining(", "));
        return (survivors.size() == 1 ? "1 process outlived " : survivors.size() + " processes outlived ")
                + "launch " + launch.id() + " (" + LaunchLabel.of(launch.spec()) + "): " + names
                + (survivors.size() > NAMED ? " and " + (survivors.size() - NAMED) + " more" : "");
    }

    /** Once nothing is alive; {@code zombies}: how many ended but wait to be reaped. */
    public String resolvedMessage(int zombies) {
        return "Nothing outlives launch " + launch.id() + " (" + LaunchLabel.of(launch.spec()) + ") any more: "
                + (zombies == 0 ? "every process that did has ended and been reaped"
                : "every process that did has ended; " + (zombies == 1 ? "1 zombie waits" : zombies + " zombies wait")
                + " for Reap orphans");
    }

    /** One line per survivor: pid, state and command line. */
    public List<String> survivorLines() {
        return survivors.stream().map(p -> p.pid() + " (" + p.state().name().toLowerCase(Locale.ROOT) + "): "
                + ShellQuote.commandLine(p.argv(), p.name())).toList();
    }
}
