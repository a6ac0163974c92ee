package dev.progeny.app.cli;

import dev.progeny.app.leftovers.LaunchJournal;
import dev.progeny.probes.Platform;
import dev.progeny.probes.events.EventSource;
import dev.progeny.probes.launch.ExitStatus;
import dev.progeny.probes.launch.Isolation;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchException;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.launch.Membership;
import dev.progeny.probes.launch.OutputMode;
import dev.progeny.probes.terminate.SignalRefusedException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code progeny run}: runs a command as a contained family with the terminal passed through,
 * and when it ends (or times out) ends everything it left behind. Exits like {@code timeout(1)}.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run COMMAND as a contained process family; when it ends, end everything it left behind.",
                "Exit status: the command's, 128+N if killed by signal N, 124 on timeout, 125 if Progeny failed,"
                        + " 126 if COMMAND is not executable, 127 if it is not found."})
public final class RunCommand implements Callable<Integer> {
    public static final int EXIT_TIMEOUT = 124;
    public static final int EXIT_FAILED = 125;
    public static final int EXIT_NOT_EXECUTABLE = 126;
    public static final int EXIT_NOT_FOUND = 127;
    private static final Duration REAP_EVERY = Duration.ofSeconds(1);

    @Spec
    CommandSpec spec;

    @Option(names = "--session", description = "Start COMMAND in a new session instead of a new process group.")
    boolean session;

    @Option(names = "--timeout", paramLabel = "DUR", converter = DurationConverter.class,
            description = "End the whole family after DUR (e.g. 30s, 1.5m; 0 = never) and exit 124;"
                    + " with --keep, end only COMMAND.")
    Duration timeout = Duration.ZERO;

    @Option(names = "--grace", paramLabel = "DUR", converter = DurationConverter.class, defaultValue = "5s",
            description = "How long TERM may take before KILL (default: ${DEFAULT-VALUE}).")
    Duration grace;

    @Option(names = "--keep", description = "Leave what outlives COMMAND (or its timeout) running (still listed).")
    boolean keep;

    @Option(names = {"-v", "--verbose"}, description = "Say which containment mechanisms, limits and event source"
            + " are in force.")
    boolean verbose;

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    @Option(names = "--trace", paramLabel = "FILE", description = "Write every process COMMAND ran, with its exit"
            + " status, as Chrome trace-event JSON (open it in ui.perfetto.dev or chrome://tracing).")
    Path trace;

    @Option(names = "--events", paramLabel = "FILE", description = "Write the raw process events about COMMAND as JSON lines.")
    Path events;

    @Parameters(arity = "1..*", paramLabel = "COMMAND", description = "The command and its arguments (after --).")
    List<String> command;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Platform platform = Platform.current();
        LaunchSpec launchSpec = LaunchSpec.of(command).withOutput(OutputMode.INHERIT)
                .withIsolation(session ? Isolation.SESSION : Isolation.PROCESS_GROUP)
                .withLimits(limitOptions.limits());
        LaunchJournal journal = LaunchJournal.atDefaultLocation();
        journal.prepare(platform.processTable());
        try (SignalForwarder forwarder = new SignalForwarder();
             RunRecording recording = RunRecording.start(verbose || trace != null || events != null, platform, events)) {
            Launch launch;
            try {
                launch = platform.launcher().launch(recording.recordable(launchSpec));
            } catch (LaunchException e) {
                err.println("progeny: " + e.getMessage());
                return exitCode(e.reason());
            }
            try (launch) {
                forwarder.attach(launch);
                // So that a later Progeny finds the family if this one is killed (progeny leftovers).
                journal.record(launch, platform.processTable());
                recording.launched(launch);
                if (verbose) {
                    err.println("progeny: launch " + launch.id() + " (pid " + launch.pid() + "), contained by "
                            + launch.containment());
                    launch.unavailable().forEach((c, why) -> err.println("progeny: not in force: " + c + ": " + why));
                    launch.limits().applied().lines().forEach(line -> err.println("progeny: limit " + line));
                    recording.describe().ifPresent(d -> err.println("progeny: events: " + d));
                    launch.events().flatMap(EventSource::unavailable).ifPresent(why -> err.println("progeny: not traced: " + why));
                }
                LimitReporter limits = new LimitReporter(launch.limits(), err);
                int code;
                try {
                    code = superviseAndEnd(new FamilyEnding(platform, launch, err), launch, limits, err);
                } finally {
                    limits.finish();
                }
                recording.finish(launch, trace, keep);
                return code;
            }
        } catch (IOException | SignalRefusedException e) {
            err.println("progeny: " + e.getMessage());
            return EXIT_FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("progeny: interrupted");
            return EXIT_FAILED;
        } finally {
            err.flush();
        }
    }

    private int superviseAndEnd(FamilyEnding ending, Launch launch, LimitReporter limits, PrintWriter err)
            throws IOException, SignalRefusedException, InterruptedException {
        Optional<ExitStatus> status = waitReaping(ending, launch, limits, err);
        if (status.isPresent()) {
            limits.poll();
            endLeftovers(ending, launch, status.get(), err);
            return status.get().shellCode();
        }
        String timedOut = "timed out after " + DurationConverter.format(timeout);
        if (keep) {
            err.println("progeny: " + timedOut + "; ending the command only (--keep)");
            ending.endCommand(grace);
            endLeftovers(ending, launch, launch.waitFor(), err);
        } else {
            List<Membership> all = ending.members();
            ending.describe(all, timedOut + "; ending " + launch.family().description() + ":");
            ending.end(grace, all);
            launch.waitFor();
        }
        return EXIT_TIMEOUT;
    }

    /** Lists what outlived the command and ends it, or with --keep leaves it running. */
    private void endLeftovers(FamilyEnding ending, Launch launch, ExitStatus status, PrintWriter err)
            throws IOException, SignalRefusedException, InterruptedException {
        List<Membership> leftovers = ending.leftovers();
        if (!leftovers.isEmpty()) {
            ending.describe(leftovers, leftovers.size() + (leftovers.size() == 1 ? " process" : " processes")
                    + " outlived the command (" + status + ")" + (keep ? ", left running (--keep):" : ":"));
            if (!keep) {
                ending.end(grace, leftovers);
            } else {
                launch.family().cgroup().ifPresent(dir -> err.println("progeny: they stay in cgroup " + dir
                        + " (rmdir it once they have ended)"));
            }
        }
        ending.reapAdopted();
    }

    /**
     * Waits for the command (at most --timeout), reaping adopted orphans and saying which limits
     * bit now and then meanwhile.
     * If Progeny's terminal goes away while the command is stopped, nothing can continue it any
     * more (a stop other than Ctrl-Z leaves Progeny running, so the kernel's hangup of orphaned
     * stopped groups never reaches it): the family is ended then, as after the command's end.
     */
    private Optional<ExitStatus> waitReaping(FamilyEnding ending, Launch launch, LimitReporter limits, PrintWriter err)
            throws IOException, SignalRefusedException, InterruptedException {
        boolean hadTerminal = ControllingTerminal.present();
        Instant deadline = timeout.isZero() ? Instant.MAX : Instant.now().plus(timeout);
        while (true) {
            Duration left = Duration.between(Instant.now(), deadline);
            if (left.isNegative() || left.isZero()) {
                return launch.exitStatus();
            }
            Optional<ExitStatus> status = launch.waitFor(left.compareTo(REAP_EVERY) < 0 ? left : REAP_EVERY);
            if (status.isPresent()) {
                return status;
            }
            ending.reapAdopted();
            limits.poll();
            if (hadTerminal && !ControllingTerminal.present() && ending.rootStopped()) {
                err.println("progeny: the terminal went away while the command was stopped; ending "
                        + launch.family().description());
                ending.end(grace, ending.members());
                return Optional.of(launch.waitFor());
            }
        }
    }

    static int exitCode(LaunchException.Reason reason) {
        return switch (reason) {
            case NOT_FOUND -> EXIT_NOT_FOUND;
            case NOT_EXECUTABLE -> EXIT_NOT_EXECUTABLE;
            case EMPTY_COMMAND, BAD_DIRECTORY, OTHER -> EXIT_FAILED;
        };
    }
}
