package dev.progeny.app.leftovers;

import dev.progeny.probes.ProcessKey;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One launch as its Progeny wrote it down when it started it. Immutable.
 *
 * @param id      the launch id, also the {@code PROGENY_LAUNCH} value in its members' environment
 * @param root    the launched process
 * @param cgroup  the launch's cgroup, when it had one
 * @param command the command as the user typed it
 */
public record JournalEntry(String id, ProcessKey root, Optional<Path> cgroup, String command) {
}
