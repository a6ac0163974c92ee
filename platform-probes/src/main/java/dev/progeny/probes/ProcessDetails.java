package dev.progeny.probes;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What can be read about one process beyond its table entry, each part empty when the OS does not
 * offer it or refuses (another user's process, a zombie). Immutable and thread-safe.
 *
 * @param key              the process these details belong to
 * @param environment      its environment as {@code NAME=value} strings
 * @param workingDirectory its current directory
 * @param openFiles        how many file descriptors it has open
 * @param cgroup           its cgroup (v2 path, e.g. {@code /user.slice/...})
 */
public record ProcessDetails(ProcessKey key, Optional<List<String>> environment, Optional<Path> workingDirectory,
                             OptionalInt openFiles, Optional<String> cgroup) {

    public ProcessDetails {
        environment = environment.map(List::copyOf);
    }
}
