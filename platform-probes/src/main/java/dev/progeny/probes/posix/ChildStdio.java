package dev.progeny.probes.posix;

/**
 * Where a spawned child's stdout and stderr go when output is captured: the write ends of two
 * pipes the parent reads. Immutable; every POSIX OS.
 */
public record ChildStdio(int stdoutFd, int stderrFd) {
}
