package dev.progeny.probes;

/**
 * A process the OS listed whose facts could not be read, for a reason other than its having gone
 * (e.g. EMFILE: no descriptor left; EACCES: hidden by the OS): it may well be alive. A snapshot
 * lists these apart from the processes it read, so nothing takes one for departed. Immutable.
 *
 * @param pid    the listed pid
 * @param errno  the OS's error number
 * @param reason the OS's words for it, e.g. "Too many open files (errno 24)"
 */
public record UnreadableProcess(int pid, int errno, String reason) {
}
