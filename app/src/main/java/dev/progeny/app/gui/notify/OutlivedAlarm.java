package dev.progeny.app.gui.notify;

import dev.progeny.app.gui.processtree.LaunchLabel;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.launch.Launch;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A launch whose command has ended while members of its family are still alive. Immutable.
 *
 * @param launch    the launch
 * @param survivors its live members once its root had exited
 */
public record OutlivedAlarm(Launch launch, List<ProcessInfo> survivors) {
    /** How many survivors a message names. */
    private static final int NAMED = 3;

    public OutlivedAlarm {
        survivors = List.copyOf(survivors);
    }

    /** E.g. "2 processes outlived launch 41-3 (sh -c ...): sleep 1234, sleep 1235". */
    public String message() {
        String names = survivors.stream().limit(NAMED).map(p -> p.name() + " " + p.pid())
                .collect(Collectors.joining(", "));
        return (survivors.size() == 1 ? "1 process outlived " : survivors.size() + " processes outlived ")
                + "launch " + launch.id() + " (" + LaunchLabel.of(launch.spec()) + "): " + names
                + (survivors.size() > NAMED ? " and " + (survivors.size() - NAMED) + " more" : "");
    }
}
