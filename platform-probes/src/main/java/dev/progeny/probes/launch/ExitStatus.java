package dev.progeny.probes.launch;

/** How a process ended: an exit code, the number of the signal that killed it, or unknown. */
public sealed interface ExitStatus {

    /** The status a shell and {@code timeout(1)} report: the code, or 128 + the signal number. */
    int shellCode();

    record Exited(int code) implements ExitStatus {
        @Override
        public int shellCode() {
            return code;
        }

        @Override
        public String toString() {
            return "exited " + code;
        }
    }

    /**
     * The process ended, but Progeny could not learn how: it was not Progeny's child (a family an
     * earlier Progeny left, watched by this one). {@link #shellCode()} is -1.
     */
    record Unknown() implements ExitStatus {
        @Override
        public int shellCode() {
            return -1;
        }

        @Override
        public String toString() {
            return "ended (exit status unknown: not Progeny's child)";
        }
    }

    record Killed(int signal, boolean coreDumped) implements ExitStatus {
        @Override
        public int shellCode() {
            return 128 + signal;
        }

        @Override
        public String toString() {
            return "killed by signal " + signal + (coreDumped ? " (core dumped)" : "");
        }
    }
}
