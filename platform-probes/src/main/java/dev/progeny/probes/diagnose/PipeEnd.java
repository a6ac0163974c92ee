package dev.progeny.probes.diagnose;

/** One process's descriptor on one end of a pipe, or on one socket of a connected pair. Immutable. */
public record PipeEnd(int pid, int fd) {
}
