package dev.progeny.probes.diagnose;

/** Tells whether two processes' descriptors are one open file description (Linux: kcmp(2)). Thread-safe. */
@FunctionalInterface
public interface SameOpenFile {

    enum Answer { SAME, DIFFERENT, UNKNOWN }

    Answer compare(int pid1, int fd1, int pid2, int fd2);

    /** For platforms (and tests) without a way to ask. */
    SameOpenFile UNKNOWN = (pid1, fd1, pid2, fd2) -> Answer.UNKNOWN;
}
