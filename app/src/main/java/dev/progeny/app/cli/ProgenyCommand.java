package dev.progeny.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code progeny} command line. picocli gives us subcommands, typed options, help and
 * exit codes without hand-written parsing. Progeny's own messages go to stderr, prefixed
 * {@code progeny:}.
 */
@Command(name = "progeny",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Launch, watch and end whole process trees.",
        subcommands = {SnapshotCommand.class, RunCommand.class, KillCommand.class, WhyCommand.class,
            LeftoversCommand.class, BenchCommand.class})
public final class ProgenyCommand implements Runnable {

    /** Exit status for bad input, as picocli and the issue tracker agree. */
    public static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand (try 'progeny --help')");
    }

    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new ProgenyCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("progeny: " + ex.getMessage());
            // run exits like timeout(1), whose own errors, bad usage included, are 125; a bad limit is
            // bad input to every command (issue 15).
            boolean badLimit = ex.getCause() instanceof LimitOptions.BadLimit;
            return ex.getCommandLine().getCommand() instanceof RunCommand && !badLimit ? RunCommand.EXIT_FAILED : EXIT_USAGE;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("progeny: " + ex.getMessage());
            return ex instanceof UsageException ? EXIT_USAGE : 1;
        });
        return cli.execute(args);
    }
}
