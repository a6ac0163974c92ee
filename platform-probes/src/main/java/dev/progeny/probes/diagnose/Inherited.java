package dev.progeny.probes.diagnose;

/**
 * A descriptor beyond 0-2 that is the same open file as one an ancestor (or Progeny) holds:
 * it came with a fork rather than being opened by the process itself. Immutable.
 *
 * @param fd       the descriptor in the process
 * @param from     the pid holding the same open file (the nearest ancestor that does)
 * @param fromFd   its number there
 * @param evidence how that was established
 */
public record Inherited(int fd, int from, int fromFd, Evidence evidence) {

    public enum Evidence {
        /** kcmp(2) KCMP_FILE: the kernel says it is one open file description. */
        SAME_OPEN_FILE,
        /** kcmp unavailable: the same target, flags, offset and inode in fdinfo. */
        MATCHING_FDINFO
    }
}
