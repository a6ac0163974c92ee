package dev.progeny.probes.launch;

/** How a process ended: an exit code, or the number of the signal that killed it. */
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
