package dev.progeny.probes.diagnose;

/** One process's descriptor on one end of a pipe. Immutable. */
public record PipeEnd(int pid, int fd) {
}
