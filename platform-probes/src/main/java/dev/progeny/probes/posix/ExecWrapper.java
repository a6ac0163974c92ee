package dev.progeny.probes.posix;

import java.util.ArrayList;
import java.util.List;

/**
 * The one place that wraps a command in {@code sh} to run steps in the child between spawn and
 * exec, where {@code posix_spawn} has no attribute for them: entering a cgroup (Linux), stopping
 * until a tracer or the terminal hand-over lets it go on (a stopped start), and later steps such
 * as resource limits. The wrapper ends in {@code exec "$@"}, so the command keeps the root's pid.
 * Its shell's {@code $0} is "progeny", the name its complaints start with, and its argv is
 * recognisable ({@link #isWrapper}), so a view can show the user's command instead. Pure.
 */
public final class ExecWrapper {
    /** The shell every OS has. */
    public static final String SHELL = "/bin/sh";
    private static final String NAME = "progeny";
    private static final String EXEC = "exec \"$@\"";

    /**
     * One step: a line of POSIX sh whose arguments are {@code "$1"}.. ; it must {@code shift} them
     * away and, on failure, {@code exit} with a code of 125 (Progeny's own failure, as for
     * {@code run}).
     */
    public record PreExec(String script, List<String> arguments) {
        /** Stops the child (SIGSTOP) until something sends it SIGCONT: a stopped start. */
        public static final PreExec STOP = new PreExec("kill -STOP $$", List.of());

        public PreExec {
            arguments = List.copyOf(arguments);
        }
    }

    private ExecWrapper() {
    }

    /** {@code sh -c '<steps>; exec "$@"' progeny <step arguments> <executable> <argv[1..]>}. */
    public static List<String> wrap(List<PreExec> steps, String executable, List<String> argv) {
        StringBuilder script = new StringBuilder();
        List<String> arguments = new ArrayList<>();
        for (PreExec step : steps) {
            script.append(step.script()).append("; ");
            arguments.addAll(step.arguments());
        }
        List<String> out = new ArrayList<>(List.of("sh", "-c", script + EXEC, NAME));
        out.addAll(arguments);
        out.add(executable);
        out.addAll(argv.subList(1, argv.size()));
        return out;
    }

    /** Whether {@code argv} is a wrapper's (the root before it has exec'd the command). */
    public static boolean isWrapper(List<String> argv) {
        return argv.size() >= 4 && argv.get(0).equals("sh") && argv.get(1).equals("-c")
                && argv.get(2).endsWith(EXEC) && argv.get(3).equals(NAME);
    }
}
