package dev.progeny.app.cli;

import dev.progeny.probes.Platform;
import dev.progeny.probes.Signal;
import dev.progeny.probes.SignalTable;
import dev.progeny.probes.launch.Family;
import dev.progeny.probes.terminate.GroupFamily;
import dev.progeny.probes.terminate.SessionFamily;
import dev.progeny.probes.terminate.SignalRefusedException;
import dev.progeny.probes.terminate.TerminationReport;
import dev.progeny.probes.terminate.Terminator;
import dev.progeny.probes.terminate.TreeFamily;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code progeny kill}: signal a process group, a session or a process tree, or escalate it
 * from TERM to KILL, and print what happened. Exit status 0 when nothing of it survived, 1
 * when something did, 2 for bad input (and for targets Progeny refuses to signal).
 */
@Command(name = "kill", mixinStandardHelpOptions = true,
        description = "End a process group, a session or a process tree, and say who survived.")
final class KillCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--signal", paramLabel = "SIG", defaultValue = "TERM",
            description = "Signal by name or number (default ${DEFAULT-VALUE}); with --escalate, the first one.")
    String signal;

    @Option(names = "--escalate", description = "Then CONT, wait --grace, KILL what is left, verify.")
    boolean escalate;

    @Option(names = "--grace", paramLabel = "DUR", defaultValue = "5s", converter = DurationConverter.class,
            description = "How long members get to exit before KILL (or before they count as survivors); default ${DEFAULT-VALUE}.")
    Duration grace;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--group", paramLabel = "PGID", description = "Every process of this process group.")
        Integer group;

        @Option(names = "--session", paramLabel = "SID", description = "Every process of this session.")
        Integer session;

        @Option(names = "--tree", paramLabel = "PID", description = "This process and all its descendants.")
        Integer tree;
    }

    @Override
    public Integer call() throws IOException {
        Platform platform = Platform.current();
        Signal sig = platform.signals().parse(signal).orElseThrow(() -> unknownSignal(platform.signals()));
        Terminator terminator = platform.terminator();
        TerminationReport report;
        try {
            Family family = family();
            report = escalate ? terminator.escalate(family, sig, grace) : terminator.signal(family, sig, grace);
        } catch (SignalRefusedException e) {
            throw new UsageException(e.getMessage());
        }
        ReportPrinter.print(spec.commandLine().getOut(), report);
        return report.clean() ? 0 : 1;
    }

    private UsageException unknownSignal(SignalTable signals) {
        return new UsageException(signals.isRealTime(signal)
                ? "--signal: '" + signal + "' is a real-time signal; only the standard signals are supported (TERM, USR1, ...)"
                : "--signal: unknown signal '" + signal + "'");
    }

    private Family family() {
        if (target.group != null) {
            return new GroupFamily(positive("--group", target.group));
        }
        if (target.session != null) {
            return new SessionFamily(positive("--session", target.session));
        }
        return new TreeFamily(positive("--tree", target.tree));
    }

    private static int positive(String option, int id) {
        if (id <= 1) {
            throw new UsageException(option + ": " + id + " is not a process, group or session Progeny will signal (must be > 1)");
        }
        return id;
    }
}
