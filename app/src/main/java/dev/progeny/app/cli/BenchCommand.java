package dev.progeny.app.cli;

import picocli.CommandLine.Command;

/** {@code progeny bench}: speed figures, measured inside one JVM. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure Progeny's speed on this machine.",
        subcommands = {BenchSnapshotCommand.class, BenchTeardownCommand.class, BenchUiCommand.class,
                BenchEventsCommand.class, BenchWhyCommand.class, BenchLimitsCommand.class,
                BenchTimelineCommand.class, BenchLaunchesCommand.class})
final class BenchCommand {
}
