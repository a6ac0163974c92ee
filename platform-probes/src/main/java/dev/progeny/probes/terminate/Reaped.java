package dev.progeny.probes.terminate;

import dev.progeny.probes.launch.ExitStatus;

/** An orphan Progeny reaped: its pid, command name and how it ended. Immutable. */
public record Reaped(int pid, String name, ExitStatus status) {
}
