package dev.progeny.probes.linux;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Creates cgroups. On a cgroup file system {@code mkdir(2)} is all it takes (the kernel fills the
 * directory with its interface files); tests pass a stand-in that lays those files out in a
 * made-up tree. Linux. Implementations are thread-safe.
 */
@FunctionalInterface
interface CgroupFs {

    /** The kernel's cgroupfs. */
    CgroupFs KERNEL = Files::createDirectory;

    /** Creates the cgroup {@code dir}; fails if it exists. */
    Path mkdir(Path dir) throws IOException;
}
