package dev.progeny.probes.posix;

import java.util.ArrayList;
import java.util.List;

/**
 * The one place that wraps a command in {@code sh} to run steps in the child between spawn and
 * exec, where {@code posix_spawn} has no attribute for them: entering a cgroup (Linux), stopping
 * until a tracer or the terminal hand-over lets it go on (a stopped start), and a launch's limits
 * (setrlimit, FreeBSD rctl rules, more cgroups, a systemd scope). The wrapper ends in
 * {@code exec "$@"}, so the command keeps the root's pid. Its shell's {@code $0} is "progeny",
 * the name its complaints start with, and its argv is recognisable ({@link #isWrapper}), so a
 * view can show the user's command instead. Pure.
 */
public final class ExecWrapper {
    /** The shell every OS has. */
    public static final String SHELL = "/bin/sh";
    private static final String NAME = "progeny";
    private static final String EXEC = "exec \"$@\"";

    /**
     * One step: a line of POSIX sh whose arguments are {@code "$1"}.. ; it must {@code shift} them
     * away and, on failure, {@code exit} with a code of 125 (Progeny's own failure, as for
     * {@code run}). A step may instead have the command exec'd through {@code via} (e.g.
     * {@code systemd-run … --}), which must exec it in turn so that it keeps the root's pid; at
     * most one step of a wrapper may.
     */
    public record PreExec(String script, List<String> arguments, List<String> via) {
        /** Stops the child (SIGSTOP) until something sends it SIGCONT: a stopped start. */
        public static final PreExec STOP = new PreExec("kill -STOP $$", List.of());

        public PreExec(String script, List<String> arguments) {
            this(script, arguments, List.of());
        }

        public PreExec {
            arguments = List.copyOf(arguments);
            via = List.copyOf(via);
        }

        /** Runs {@code line}, in which {@code "$1"} is {@code argument}; a failure exits 125. */
        public static PreExec checked(String line, String argument) {
            return new PreExec(line + " || exit 125; shift", List.of(argument));
        }

        /** Execs the command through {@code command} (its argv up to the command's path). */
        public static PreExec via(List<String> command) {
            return new PreExec("", List.of(), command);
        }
    }

    private ExecWrapper() {
    }

    /** {@code sh -c '<steps>; exec "$@"' progeny <step arguments> [via…] <executable> <argv[1..]>}. */
    public static List<String> wrap(List<PreExec> steps, String executable, List<String> argv) {
        StringBuilder script = new StringBuilder();
        List<String> arguments = new ArrayList<>();
        List<String> via = List.of();
        for (PreExec step : steps) {
            if (!step.script().isEmpty()) {
                script.append(step.script()).append("; ");
            }
            arguments.addAll(step.arguments());
            if (!step.via().isEmpty()) {
                if (!via.isEmpty()) {
                    throw new IllegalArgumentException("two commands to exec through: " + via + " and " + step.via());
                }
                via = step.via();
            }
        }
        List<String> out = new ArrayList<>(List.of("sh", "-c", script + EXEC, NAME));
        out.addAll(arguments);
        out.addAll(via);
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
